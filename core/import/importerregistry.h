#pragma once

#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace tematik {

class Importer;

// The importers Tematik knows, in one place: the import operation asks it which importer reads a file,
// the file dialog builds its filter from it and `tematik-cli formats` lists it.
class ImporterRegistry
{
public:
    ImporterRegistry();
    ~ImporterRegistry();
    ImporterRegistry(ImporterRegistry &&) noexcept;
    ImporterRegistry &operator=(ImporterRegistry &&) noexcept;

    // Every importer core provides.
    static const ImporterRegistry &standard();

    void add(std::unique_ptr<Importer> importer);
    QList<const Importer *> importers() const;
    // The most confident importer for a file, judged by its name and first bytes; null if none.
    const Importer *importerFor(const QString &fileName, const QByteArray &head) const;
    // "Plain text (*.txt *.text *.md);;…" for QFileDialog, with an "all supported" entry first.
    QString fileDialogFilter(const QString &allSupportedLabel) const;

private:
    std::vector<std::unique_ptr<Importer>> m_importers;
};

} // namespace tematik
