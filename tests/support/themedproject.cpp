#include "tests/support/themedproject.h"

#include "core/demo/demoproject.h"
#include "core/store/codestore.h"
#include "core/store/project.h"
#include "core/store/themestore.h"

namespace tematik::test {

namespace {

struct ThemeSpec
{
    const char *name;
    QStringList codes; // paths of demo codes, or names of new top-level codes
};

struct DimensionSpec
{
    const char *name;
    QList<ThemeSpec> themes;
};

} // namespace

Result<std::unique_ptr<Project>> themedDemoProject(const QString &path)
{
    Result<std::unique_ptr<Project>> created = DemoProject::create(path, DemoProject::Stage::Coded);
    if (!created)
        return created;
    Project &project = **created;
    const QList<DimensionSpec> dimensions = {
        {"Organisatoriska villkor för samordning",
         {{"Tiden räcker inte till det förebyggande arbetet",
           {QStringLiteral("Tid och mandat/Prevention förlorar mot uppgifter med deadline"),
            QStringLiteral("Tid och mandat/För lite tid för uppdraget"),
            QStringLiteral("Uppdraget växer utan att resurserna följer med"),
            QStringLiteral("Akuta ärenden går först")}},
          {"Mandat som måste förhandlas fram",
           {QStringLiteral("Tid och mandat/Mandatet måste förtjänas"), QStringLiteral("Chefens stöd avgör"),
            QStringLiteral("Otydlig placering i organisationen")}},
          {"Styrdokument översätts lokalt",
           {QStringLiteral("Styrdokument i praktiken/Att bryta ner styrdokument"),
            QStringLiteral("Styrdokument i praktiken/Rådet som hävstång"),
            QStringLiteral("Styrdokument i praktiken/Olika logiker i region och kommun")}}}},
        {"Relationellt arbete",
         {{"Nätverk bär samordningen",
           {QStringLiteral("Relationer och nätverk/Nätverket som kraftkälla"),
            QStringLiteral("Relationer och nätverk/Informella kollegiala nätverk"),
            QStringLiteral("Regionala nätverksträffar ger legitimitet"),
            QStringLiteral("Kunskap delas mellan kommuner")}},
          {"Sårbarhet i små kommuner",
           {QStringLiteral("Relationer och nätverk/Sårbara relationer i liten kommun"),
            QStringLiteral("Ensam i sin roll"), QStringLiteral("Personberoende samarbete"),
            QStringLiteral("När en nyckelperson slutar tappar arbetet fart och kontakter försvinner")}}}}};
    ThemeStore &themes = project.themes();
    for (const DimensionSpec &d : dimensions) {
        Result<ThemeId> dimension = themes.addDimension(QString::fromUtf8(d.name));
        if (!dimension)
            return dimension.takeError();
        for (const ThemeSpec &t : d.themes) {
            Result<ThemeId> theme = themes.addTheme(QString::fromUtf8(t.name), *dimension);
            if (!theme)
                return theme.takeError();
            for (const QString &codePath : t.codes) {
                std::optional<CodeId> code;
                if (const std::optional<Code> existing = project.codes().findByPath(codePath))
                    code = existing->id;
                else if (Result<CodeId> added = project.codes().add(NewCode{codePath, std::nullopt, {}, {}}))
                    code = *added;
                else
                    return added.takeError();
                if (Result<std::optional<ThemeId>> assigned = themes.assignCode(*code, *theme); !assigned)
                    return assigned.takeError();
            }
        }
    }
    return created;
}

} // namespace tematik::test
