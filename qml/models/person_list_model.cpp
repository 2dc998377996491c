#include "qml/models/person_list_model.h"

#include <QCoreApplication>
#include <QDate>
#include <algorithm>

#include "core/forms/date.h"
#include "qml/services/dutch_wording.h"

namespace veldwerk::app {

namespace {
// "geboren 1 januari 2018 · 7 jaar"; empty without a birth date.
QString bornDetail(const std::optional<std::string>& born) {
    if (!born) {
        return QCoreApplication::translate("Veldwerk", "geboortedatum onbekend");
    }
    QString text =
        QCoreApplication::translate("Veldwerk", "geboren %1").arg(wording::dateText(*born));
    const auto birth = forms::Date::parse(*born);
    const auto now = QDate::currentDate();
    const auto today = forms::Date::fromCivil(now.year(), now.month(), now.day());
    if (birth && today) {
        const int years = birth->fullYearsUntil(*today);
        if (years >= 0) {
            text += QStringLiteral(" · ") +
                    QCoreApplication::translate("Veldwerk", "%1 jaar").arg(years);
        }
    }
    return text;
}
}  // namespace

PersonListModel::PersonListModel(QObject* parent) : QAbstractListModel(parent) {}

void PersonListModel::setCaseFile(CaseFileService* caseFile) {
    if (m_caseFile == caseFile) {
        return;
    }
    if (m_caseFile) {
        disconnect(m_caseFile, nullptr, this, nullptr);
    }
    m_caseFile = caseFile;
    if (m_caseFile) {
        connect(m_caseFile, &CaseFileService::opened, this, &PersonListModel::refresh);
        connect(m_caseFile, &CaseFileService::changedBySync, this, &PersonListModel::refresh);
        connect(m_caseFile, &CaseFileService::closed, this, [this] { replaceRows({}); });
    }
    emit inputsChanged();
    refresh();
}

void PersonListModel::setCaseId(const QString& caseId) {
    if (m_caseId == caseId) {
        return;
    }
    m_caseId = caseId;
    emit inputsChanged();
    refresh();
}

int PersonListModel::childCount() const {
    return static_cast<int>(std::count_if(m_rows.begin(), m_rows.end(), [](const Row& row) {
        return row.role == QLatin1String("kind");
    }));
}

void PersonListModel::refresh() {
    std::vector<Row> rows;
    if (m_caseFile) {
        for (const auto& person : m_caseFile->persons(m_caseId)) {
            rows.push_back({wording::fromUtf8(person.id), wording::fromUtf8(person.name),
                            wording::fromUtf8(person.role), wording::personRoleLabel(person.role),
                            bornDetail(person.born)});
        }
    }
    // Children first: the instruments are filled in per child.
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        return (a.role == QLatin1String("kind")) > (b.role == QLatin1String("kind"));
    });
    replaceRows(std::move(rows));
}

void PersonListModel::replaceRows(std::vector<Row> rows) {
    if (rows.empty() && m_rows.empty()) {
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    emit countChanged();
}

int PersonListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant PersonListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
        case PersonIdRole:
            return row.id;
        case Qt::DisplayRole:
        case NameRole:
            return row.name;
        case RoleRole:
            return row.role;
        case RoleLabelRole:
            return row.roleLabel;
        case DetailRole:
            return row.detail;
        default:
            return {};
    }
}

QHash<int, QByteArray> PersonListModel::roleNames() const {
    return {{PersonIdRole, "personId"},
            {NameRole, "name"},
            {RoleRole, "personRole"},
            {RoleLabelRole, "roleLabel"},
            {DetailRole, "detail"}};
}

}  // namespace veldwerk::app
