#pragma once

#include <QStyledItemDelegate>

namespace tematik {

// Draws items like the standard delegate but elides text that does not fit in its own way: a view has
// one elide mode for all its columns, and a concordance's left context must lose its start, not the
// words next to the hit.
class ElidingDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ElidingDelegate(Qt::TextElideMode mode, QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    Qt::TextElideMode m_mode;
};

} // namespace tematik
