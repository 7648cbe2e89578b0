#pragma once

#include <QString>
#include <memory>

struct UCollator;

namespace tematik {

// Orders names as a reader of a language expects, through ICU's collation: in Swedish å, ä and ö come
// after z; in English they sort with a and o. Digits compare by value ("Fråga 2" before "Fråga 10").
// QString's own comparison orders by UTF-16 code unit, which no reader expects.
class NameCollator
{
public:
    // locale: a BCP 47 or ICU name ("sv", "sv_SE", "en-GB"); by default the user's locale. An unknown
    // locale falls back to ICU's root order, which is still better than code units.
    explicit NameCollator(const QString &locale = {});
    ~NameCollator();
    NameCollator(NameCollator &&) noexcept;
    NameCollator &operator=(NameCollator &&) noexcept;

    // Negative, zero or positive as a sorts before, with or after b.
    int compare(const QString &a, const QString &b) const;

    // The locale whose rules ICU actually uses (for "sv_SE" that is "sv").
    QString locale() const;

private:
    struct Close
    {
        void operator()(UCollator *collator) const;
    };
    std::unique_ptr<UCollator, Close> m_collator;
};

} // namespace tematik
