#include "core/text/namecollator.h"

#include "core/logging.h"

#include <QLocale>
#include <unicode/ucol.h>

namespace tematik {

void NameCollator::Close::operator()(UCollator *collator) const
{
    ucol_close(collator);
}

NameCollator::NameCollator(const QString &locale)
{
    const QByteArray name = (locale.isEmpty() ? QLocale().name() : locale).toUtf8();
    UErrorCode status = U_ZERO_ERROR;
    m_collator.reset(ucol_open(name.constData(), &status));
    if (U_FAILURE(status)) {
        qCWarning(lcText) << "no collation for" << name << ":" << u_errorName(status);
        m_collator.reset();
        return;
    }
    ucol_setAttribute(m_collator.get(), UCOL_NUMERIC_COLLATION, UCOL_ON, &status);
}

NameCollator::~NameCollator() = default;
NameCollator::NameCollator(NameCollator &&) noexcept = default;
NameCollator &NameCollator::operator=(NameCollator &&) noexcept = default;

int NameCollator::compare(const QString &a, const QString &b) const
{
    if (!m_collator)
        return a.compare(b);
    // QString holds UTF-16, which is ICU's UChar: no conversion.
    const UCollationResult r =
        ucol_strcoll(m_collator.get(), reinterpret_cast<const UChar *>(a.utf16()), int32_t(a.size()),
                     reinterpret_cast<const UChar *>(b.utf16()), int32_t(b.size()));
    return r == UCOL_LESS ? -1 : r == UCOL_GREATER ? 1 : 0;
}

QString NameCollator::locale() const
{
    if (!m_collator)
        return {};
    UErrorCode status = U_ZERO_ERROR;
    const char *name = ucol_getLocaleByType(m_collator.get(), ULOC_ACTUAL_LOCALE, &status);
    return U_SUCCESS(status) && name ? QString::fromLatin1(name) : QString();
}

} // namespace tematik
