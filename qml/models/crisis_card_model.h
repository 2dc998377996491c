// The crisis card's numbers for the one-tap sheet (domain.md "Crisis"): what the last sync
// brought (sync/engine crisis_card_store.h), read from the open vault, so it works offline; 112
// always. Read again when the vault opens and after every sync; emptied when it locks.
#pragma once

#include <QtQml/qqmlregistration.h>
#include <QAbstractListModel>
#include <QPointer>
#include <vector>

#include "qml/services/vault_session.h"

namespace veldwerk::app {

class CrisisCardModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(veldwerk::app::VaultSession* session READ session WRITE setSession NOTIFY
                   sessionChanged REQUIRED)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    // label: Dutch (translated); number: as dialled; dialUrl: "tel:" with only + and digits.
    enum Roles { KindRole = Qt::UserRole + 1, LabelRole, NumberRole, DialUrlRole };
    Q_ENUM(Roles)

    explicit CrisisCardModel(QObject* parent = nullptr) : QAbstractListModel(parent) {}

    VaultSession* session() const { return m_session; }
    void setSession(VaultSession* session);
    int count() const { return static_cast<int>(m_rows.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void refresh();

    // "Veilig Thuis", "Crisisdienst", "Buiten kantoortijd (team)", "Alarmnummer".
    static QString labelOf(const QString& kind);
    static QString dialUrlOf(const QString& number);

signals:
    void sessionChanged();
    void countChanged();

private:
    struct Row {
        QString kind;
        QString number;
    };
    void replaceRows(std::vector<Row> rows);

    QPointer<VaultSession> m_session;
    std::vector<Row> m_rows;
};

}  // namespace veldwerk::app
