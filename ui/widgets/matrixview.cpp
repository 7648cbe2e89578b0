#include "ui/widgets/matrixview.h"

#include "core/report/tablewriter.h"
#include "core/report/tablewriterregistry.h"
#include "core/store/casestore.h"
#include "core/store/project.h"
#include "core/store/projectnotifier.h"
#include "core/store/themestore.h"
#include "ui/models/matrixmodel.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tematik {

namespace {

// Wide enough for a four-digit count and a short code name; longer names are elided, with the whole
// path in the header's tool tip.
constexpr int columnWidth = 96;

} // namespace

MatrixView::MatrixView(Project &project, QWidget *parent)
    : QWidget(parent), m_project(project), m_model(new MatrixModel(project, this))
{
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Code × code, overlapping"), int(MatrixKind::Overlap));
    m_kind->addItem(tr("Code × code, same turn"), int(MatrixKind::SameTurn));
    m_kind->addItem(tr("Code × attribute"), int(MatrixKind::Attribute));
    m_kind->addItem(tr("Code × source"), int(MatrixKind::Sources));
    m_attribute = new QComboBox(this);
    m_attribute->setToolTip(tr("The case attribute whose values are the columns"));
    m_measure = new QComboBox(this);
    m_measure->addItem(tr("Segments"), int(MatrixMeasure::Segments));
    m_measure->addItem(tr("Participants"), int(MatrixMeasure::Participants));
    m_measure->setToolTip(tr("Count coded segments, or the distinct participants they come from"));
    m_theme = new QComboBox(this);
    m_theme->setToolTip(tr("The codes to show: all, or those of one theme or dimension"));
    m_export = new QPushButton(tr("Export…"), this);
    m_export->setToolTip(tr("Save the matrix as a spreadsheet, document or web page"));

    auto *choosers = new QHBoxLayout;
    choosers->addWidget(new QLabel(tr("Matrix:"), this));
    choosers->addWidget(m_kind);
    choosers->addWidget(m_attribute);
    choosers->addSpacing(12);
    choosers->addWidget(new QLabel(tr("Count:"), this));
    choosers->addWidget(m_measure);
    choosers->addSpacing(12);
    choosers->addWidget(new QLabel(tr("Codes:"), this));
    choosers->addWidget(m_theme);
    choosers->addStretch();
    choosers->addWidget(m_export);

    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setDefaultSectionSize(columnWidth);
    m_table->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignBottom);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choosers);
    layout->addWidget(m_caption);
    layout->addWidget(m_table, 1);

    fillAttributes();
    fillThemes();

    connect(m_kind, &QComboBox::activated, this,
            [this] { setKind(MatrixKind(m_kind->currentData().toInt())); });
    connect(m_attribute, &QComboBox::activated, this, [this] { setAttribute(m_attribute->currentText()); });
    connect(m_measure, &QComboBox::activated, this,
            [this] { setMeasure(MatrixMeasure(m_measure->currentData().toInt())); });
    connect(m_theme, &QComboBox::activated, this, [this] {
        const QVariant id = m_theme->currentData();
        setTheme(id.isValid() ? std::optional<ThemeId>(id.value<ThemeId>()) : std::nullopt);
    });
    connect(m_export, &QPushButton::clicked, this, &MatrixView::chooseExportFile);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MatrixView::updateChoosers);
    ProjectNotifier &notifier = project.notifier();
    connect(&notifier, &ProjectNotifier::casesChanged, this, &MatrixView::fillAttributes);
    connect(&notifier, &ProjectNotifier::themeAdded, this, &MatrixView::fillThemes);
    connect(&notifier, &ProjectNotifier::themeChanged, this, &MatrixView::fillThemes);
    connect(&notifier, &ProjectNotifier::themeRemoved, this, &MatrixView::fillThemes);
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT cellActivated(index.data(MatrixModel::CodeIdRole).value<CodeId>(), index.column());
    });
}

MatrixView::~MatrixView() = default;

void MatrixView::setKind(MatrixKind kind)
{
    m_model->setKind(kind);
}

void MatrixView::setAttribute(const QString &attribute)
{
    m_model->setAttribute(attribute);
}

void MatrixView::setMeasure(MatrixMeasure measure)
{
    m_model->setMeasure(measure);
}

void MatrixView::setTheme(std::optional<ThemeId> theme)
{
    m_model->setTheme(theme);
}

void MatrixView::fillThemes()
{
    // Each dimension's themes follow it (ThemeStore::list's order), indented under it as the themes
    // editor shows them. A theme that is gone gives way to all codes.
    m_theme->clear();
    m_theme->addItem(tr("All codes"));
    for (const Theme &theme : m_project.themes().list())
        m_theme->addItem(QString(theme.parentId ? 3 : 0, u' ') + theme.name, QVariant::fromValue(theme.id));
    if (m_model->theme() && m_theme->findData(QVariant::fromValue(*m_model->theme())) < 0)
        m_model->setTheme(std::nullopt);
    updateChoosers();
}

void MatrixView::fillAttributes()
{
    // Keeps the chosen attribute while it exists; else takes the first, so the attribute matrix always
    // has one when the project has any.
    QStringList names;
    for (const AttributeInfo &attribute : m_project.cases().attributes())
        names.append(attribute.name);
    m_attribute->clear();
    m_attribute->addItems(names);
    auto *kinds = qobject_cast<QStandardItemModel *>(m_kind->model());
    kinds->item(m_kind->findData(int(MatrixKind::Attribute)))->setEnabled(!names.isEmpty());
    if (!names.contains(m_model->attribute()) && !names.isEmpty())
        m_model->setAttribute(names.first());
    updateChoosers();
}

void MatrixView::updateChoosers()
{
    m_kind->setCurrentIndex(m_kind->findData(int(m_model->kind())));
    m_measure->setCurrentIndex(m_measure->findData(int(m_model->measure())));
    m_attribute->setCurrentIndex(m_attribute->findText(m_model->attribute()));
    m_theme->setCurrentIndex(m_model->theme() ? m_theme->findData(QVariant::fromValue(*m_model->theme()))
                                              : 0);
    m_attribute->setEnabled(m_model->kind() == MatrixKind::Attribute);
    m_attribute->setVisible(m_attribute->count() > 0);
    m_caption->setText(m_model->error().isEmpty() ? m_model->matrix().caption(m_model->measure())
                                                  : m_model->error());
    m_export->setEnabled(m_model->error().isEmpty());
}

Status MatrixView::exportTo(const QString &path) const
{
    const TableWriter *writer = TableWriterRegistry::standard().writerFor(path);
    if (!writer)
        return Error{tr("Cannot write %1: choose a file type to save as.").arg(QFileInfo(path).fileName())};
    return writer->write(m_model->matrix().toReportTable(m_model->measure()), path);
}

void MatrixView::chooseExportFile()
{
    const TableWriterRegistry &registry = TableWriterRegistry::standard();
    QString filter;
    QString path =
        QFileDialog::getSaveFileName(this, tr("Export Matrix"), m_model->matrix().title().remove(u':'),
                                     registry.fileDialogFilter(), &filter);
    if (path.isEmpty())
        return;
    // Without an extension typed, the file type chosen in the dialog gives it.
    if (!registry.writerFor(path)) {
        for (const TableWriter *writer : registry.writers()) {
            if (filter.endsWith(QStringLiteral("(*.%1)").arg(writer->extension())))
                path += u'.' + writer->extension();
        }
    }
    if (Status written = exportTo(path); !written)
        QMessageBox::warning(this, tr("Export Matrix"), written.error());
}

} // namespace tematik
