#include "core/import/importerregistry.h"

#include "core/import/importer.h"
#include "core/import/docximporter.h"
#include "core/import/odtimporter.h"
#include "core/import/pdfimporter.h"
#include "core/import/plaintextimporter.h"
#include "core/import/rtfimporter.h"
#include "core/import/srtimporter.h"
#include "core/import/webvttimporter.h"

#include <QStringList>

namespace tematik {

ImporterRegistry::ImporterRegistry() = default;
ImporterRegistry::~ImporterRegistry() = default;
ImporterRegistry::ImporterRegistry(ImporterRegistry &&) noexcept = default;
ImporterRegistry &ImporterRegistry::operator=(ImporterRegistry &&) noexcept = default;

const ImporterRegistry &ImporterRegistry::standard()
{
    static const ImporterRegistry registry = [] {
        ImporterRegistry r;
        r.add(std::make_unique<PlainTextImporter>());
        r.add(std::make_unique<DocxImporter>());
        r.add(std::make_unique<OdtImporter>());
        r.add(std::make_unique<RtfImporter>());
        r.add(std::make_unique<PdfImporter>());
        r.add(std::make_unique<WebVttImporter>());
        r.add(std::make_unique<SrtImporter>());
        return r;
    }();
    return registry;
}

void ImporterRegistry::add(std::unique_ptr<Importer> importer)
{
    m_importers.push_back(std::move(importer));
}

QList<const Importer *> ImporterRegistry::importers() const
{
    QList<const Importer *> list;
    for (const auto &i : m_importers)
        list.append(i.get());
    return list;
}

const Importer *ImporterRegistry::importerFor(const QString &fileName, const QByteArray &head) const
{
    const Importer *best = nullptr;
    int bestScore = 0;
    for (const auto &i : m_importers) {
        const int score = i->confidence(fileName, head);
        if (score > bestScore) {
            best = i.get();
            bestScore = score;
        }
    }
    return best;
}

QString ImporterRegistry::fileDialogFilter(const QString &allSupportedLabel) const
{
    QStringList all;
    QStringList entries;
    for (const auto &i : m_importers) {
        QStringList patterns;
        for (const QString &ext : i->extensions())
            patterns.append(QStringLiteral("*.") + ext);
        all += patterns;
        entries.append(QStringLiteral("%1 (%2)").arg(i->displayName(), patterns.join(u' ')));
    }
    entries.prepend(QStringLiteral("%1 (%2)").arg(allSupportedLabel, all.join(u' ')));
    return entries.join(QStringLiteral(";;"));
}

} // namespace tematik
