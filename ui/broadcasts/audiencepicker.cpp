#include "ui/broadcasts/audiencepicker.h"

#include "api/paramcheck.h"
#include "models/files/boundedfilereader.h"
#include "ui/widgets/checkindicatorstyle.h"
#include "ui/widgets/statuscolors.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace mdesk::ui {

AudiencePicker::AudiencePicker(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("audiencePicker"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("People with any of these labels:"), this));
    m_labels = new QListWidget(this);
    m_labels->setObjectName(QStringLiteral("audienceLabels"));
    m_labels->setAccessibleName(tr("Labels of the audience"));
    // Real height for a few labels and a few PSIDs: a crowded column must not squeeze them
    // to one line (the compose column scrolls instead).
    const int line = fontMetrics().lineSpacing();
    m_labels->setMinimumHeight(4 * line + 12);
    m_labels->setMaximumHeight(6 * line + 12);
    layout->addWidget(m_labels);
    m_selection = new QCheckBox(tr("The people selected in People"), this);
    m_selection->setObjectName(QStringLiteral("audienceSelection"));
    layout->addWidget(m_selection);
    m_allOpen = new QCheckBox(tr("Everyone whose 24-hour window is open"), this);
    m_allOpen->setObjectName(QStringLiteral("audienceAllOpen"));
    layout->addWidget(m_allOpen);
    auto *pasteRow = new QHBoxLayout;
    pasteRow->addWidget(new QLabel(tr("PSIDs (one a line):"), this));
    pasteRow->addStretch();
    auto *file = new QPushButton(tr("From a &file..."), this);
    file->setObjectName(QStringLiteral("audiencePsidFile"));
    pasteRow->addWidget(file);
    layout->addLayout(pasteRow);
    m_paste = new QPlainTextEdit(this);
    m_paste->setObjectName(QStringLiteral("audiencePsidPaste"));
    m_paste->setAccessibleName(tr("PSIDs of the audience"));
    m_paste->setTabChangesFocus(true);
    m_paste->setMinimumHeight(3 * line + 12);
    m_paste->setMaximumHeight(5 * line + 12);
    layout->addWidget(m_paste);
    m_pasteProblem = new QLabel(this);
    m_pasteProblem->setObjectName(QStringLiteral("audiencePasteProblem"));
    m_pasteProblem->setWordWrap(true);
    QPalette palette = m_pasteProblem->palette();
    palette.setColor(QPalette::WindowText,
                     StatusColors::foreground(StatusColors::Tone::Negative, palette));
    m_pasteProblem->setPalette(palette);
    m_pasteProblem->setVisible(false);
    layout->addWidget(m_pasteProblem);
    // The labels' boxes and the check boxes stay visible on a dark palette.
    CheckIndicatorStyle::applyTo(this);

    connect(m_labels, &QListWidget::itemChanged, this, &AudiencePicker::changed);
    connect(m_selection, &QCheckBox::toggled, this, &AudiencePicker::changed);
    connect(m_allOpen, &QCheckBox::toggled, this, &AudiencePicker::changed);
    connect(m_paste, &QPlainTextEdit::textChanged, this, [this] {
        const QStringList problems = pasteProblems();
        m_pasteProblem->setText(problems.join(QLatin1Char('\n')));
        m_pasteProblem->setVisible(!problems.isEmpty());
        Q_EMIT changed();
    });
    connect(file, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("PSID file"));
        if (path.isEmpty())
            return;
        models::BoundedFileReader reader(path, models::BoundedFileReader::Kind::PsidList);
        const auto text = reader.readLines();
        if (!text) {
            m_pasteProblem->setText(reader.error());
            m_pasteProblem->setVisible(true);
            return;
        }
        setPastedPsids(*text);
    });
}

void AudiencePicker::setLabels(const QList<LabelEntry> &labels)
{
    QSet<QString> checked;
    for (int i = 0; i < m_labels->count(); ++i) {
        if (m_labels->item(i)->checkState() == Qt::Checked)
            checked.insert(m_labels->item(i)->data(Qt::UserRole).toString());
    }
    m_labels->blockSignals(true);
    m_labels->clear();
    for (const auto &label : labels) {
        auto *item = new QListWidgetItem(tr("%1 (%n known member(s))", "", label.members)
                                             .arg(label.name.isEmpty() ? label.id : label.name),
                                         m_labels);
        item->setData(Qt::UserRole, label.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(label.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_labels->blockSignals(false);
}

void AudiencePicker::setSelectionProvider(std::function<QStringList()> provider)
{
    m_selectionProvider = std::move(provider);
}

void AudiencePicker::setPastedPsids(const QString &text)
{
    m_paste->setPlainText(text);
}

void AudiencePicker::setAllOpen(bool on)
{
    m_allOpen->setChecked(on);
}

void AudiencePicker::useSelection(bool on)
{
    m_selection->setChecked(on);
}

void AudiencePicker::checkLabel(const QString &labelId, bool on)
{
    for (int i = 0; i < m_labels->count(); ++i) {
        if (m_labels->item(i)->data(Qt::UserRole).toString() == labelId)
            m_labels->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList AudiencePicker::pasteProblems() const
{
    QStringList problems;
    const QStringList lines = m_paste->toPlainText().split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || api::ParamCheck::isIdText(line))
            continue;
        problems.append(tr("Line %1 is not a PSID: \"%2\".").arg(i + 1).arg(line));
    }
    return problems;
}

models::AudienceChoice AudiencePicker::choice() const
{
    models::AudienceChoice choice;
    for (int i = 0; i < m_labels->count(); ++i) {
        if (m_labels->item(i)->checkState() == Qt::Checked)
            choice.labelIds.append(m_labels->item(i)->data(Qt::UserRole).toString());
    }
    if (m_selection->isChecked() && m_selectionProvider)
        choice.psids = m_selectionProvider();
    for (const QString &line : m_paste->toPlainText().split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (api::ParamCheck::isIdText(trimmed))
            choice.psids.append(trimmed);
    }
    choice.allOpen = m_allOpen->isChecked();
    return choice;
}

} // namespace mdesk::ui
