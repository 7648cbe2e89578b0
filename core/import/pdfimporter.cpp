#include "core/import/pdfimporter.h"

#include "core/import/pdflayout.h"
#include "core/logging.h"

#include <QFileInfo>

#include <limits>
#include <memory>

// poppler-cpp, not Poppler's Qt 6 binding: that one links Qt Gui, and core links Qt6::Core only, so
// that tematik-cli (which links core alone) imports PDFs too.
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

namespace tematik {
namespace {

// Poppler writes what it finds wrong in a damaged file to stderr. read() already reports the outcome
// as an Error, so the details are only worth a debug message (not a warning: tests fail on those).
void logPopplerMessage(const std::string &message, void *)
{
    qCDebug(lcImport) << "poppler:" << QString::fromStdString(message).trimmed();
}

void routePopplerMessages()
{
    static const bool routed = [] {
        poppler::set_debug_error_function(logPopplerMessage, nullptr);
        return true;
    }();
    Q_UNUSED(routed);
}

QString fromPoppler(const poppler::ustring &text)
{
    return QString::fromUtf16(reinterpret_cast<const char16_t *>(text.data()), qsizetype(text.size()));
}

// The words of one page, as PdfLayout wants them; rotated words (vertical text in a margin) are counted
// and left out.
PdfPage wordsOf(const poppler::page &page, int &rotatedWords)
{
    PdfPage out;
    const poppler::rectf box = page.page_rect();
    const bool turned =
        page.orientation() == poppler::page::landscape || page.orientation() == poppler::page::seascape;
    out.width = turned ? box.height() : box.width();
    out.height = turned ? box.width() : box.height();
    for (const poppler::text_box &word : page.text_list(poppler::page::text_list_include_font)) {
        if (word.rotation() != 0) {
            ++rotatedWords;
            continue;
        }
        const poppler::rectf b = word.bbox();
        out.words.append(PdfWord{fromPoppler(word.text()), b.left(), b.top(), b.right(), b.bottom(),
                                 word.has_font_info() ? word.get_font_size() : 0, word.has_space_after()});
    }
    return out;
}

} // namespace

QString PdfImporter::displayName() const
{
    return tr("PDF");
}

QStringList PdfImporter::extensions() const
{
    return {QStringLiteral("pdf")};
}

int PdfImporter::confidence(const QString &fileName, const QByteArray &head) const
{
    if (head.startsWith("%PDF-"))
        return 100;
    return extensions().contains(QFileInfo(fileName).suffix().toLower()) ? 50 : 0;
}

Result<ImportedDocument> PdfImporter::read(const QByteArray &bytes, const ImportOptions &) const
{
    routePopplerMessages();
    if (bytes.size() > std::numeric_limits<int>::max())
        return Error{tr("the PDF is too large to read")};
    // Poppler reads the bytes in place: they outlive the document.
    const std::unique_ptr<poppler::document> document(
        poppler::document::load_from_raw_data(bytes.constData(), int(bytes.size())));
    if (!document) {
        return Error{bytes.startsWith("%PDF-") ? tr("the PDF is damaged and cannot be read")
                                               : tr("the file is not a PDF")};
    }
    // Checked first: a locked document must not be asked for its pages.
    if (document->is_locked())
        return Error{tr("the PDF is password-protected; remove the protection and import it again")};
    const int pageCount = document->pages();
    if (pageCount <= 0)
        return Error{tr("the PDF has no pages")};

    QList<PdfPage> pages;
    QStringList pagesWithoutText;
    int rotatedWords = 0;
    for (int i = 0; i < pageCount; ++i) {
        const std::unique_ptr<poppler::page> page(document->create_page(i));
        PdfPage words = page ? wordsOf(*page, rotatedWords) : PdfPage{};
        if (words.words.isEmpty())
            pagesWithoutText.append(QString::number(i + 1));
        pages.append(std::move(words));
    }

    ImportedDocument doc;
    doc.encodingDescription = tr("PDF text layer");
    doc.text = PdfLayout::text(pages);
    if (doc.text.trimmed().isEmpty())
        return Error{tr("the PDF has no text layer (it is a scanned image); run OCR on it first")};
    if (!pagesWithoutText.isEmpty()) {
        doc.warnings.append(tr("%Ln page(s) without text left out (%1); scanned pages need OCR first.",
                               nullptr, int(pagesWithoutText.size()))
                                .arg(pagesWithoutText.join(QStringLiteral(", "))));
    }
    if (rotatedWords > 0)
        doc.warnings.append(tr("%Ln word(s) of rotated text left out.", nullptr, rotatedWords));
    return doc;
}

} // namespace tematik
