// The user's settings on this tablet that are not client data: language, auto-lock time and
// whether the app may use the device's position. Stored with QSettings (the app's own settings
// file), read at start and on every change. One instance, made by main.cpp; others read it.
#pragma once

#include <QObject>
#include <QSettings>
#include <QString>
#include <memory>

namespace veldwerk::app {

class AppPreferences : public QObject {
    Q_OBJECT

public:
    // Whether the app may use the device's position during a home visit.
    enum class PositionUse { Ask, Always, Never };

    // settingsFile: empty for the platform's default location (tests pass a file).
    explicit AppPreferences(const QString& settingsFile = {}, QObject* parent = nullptr);

    QString language() const;  // "nl" | "en"
    void setLanguage(const QString& language);
    int autoLockMinutes() const;  // 1..60, default 5
    void setAutoLockMinutes(int minutes);
    PositionUse positionUse() const;
    void setPositionUse(PositionUse use);
    static QString positionUseKey(PositionUse use);  // "ask" | "always" | "never"
    static PositionUse positionUseFromKey(const QString& key);

signals:
    void languageChanged();
    void autoLockMinutesChanged();
    void positionUseChanged();

private:
    std::unique_ptr<QSettings> m_settings;
};

}  // namespace veldwerk::app
