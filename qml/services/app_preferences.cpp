#include "qml/services/app_preferences.h"

#include <algorithm>

namespace veldwerk::app {

namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kAutoLock = QStringLiteral("security/autoLockMinutes");
const QString kPosition = QStringLiteral("visit/positionUse");
}  // namespace

AppPreferences::AppPreferences(const QString& settingsFile, QObject* parent)
    : QObject(parent),
      m_settings(settingsFile.isEmpty()
                     ? std::make_unique<QSettings>()
                     : std::make_unique<QSettings>(settingsFile, QSettings::IniFormat)) {}

QString AppPreferences::language() const {
    const auto value = m_settings->value(kLanguage, QStringLiteral("nl")).toString();
    return value == QStringLiteral("en") ? value : QStringLiteral("nl");
}

void AppPreferences::setLanguage(const QString& language) {
    const QString value = language == QStringLiteral("en") ? language : QStringLiteral("nl");
    if (value != this->language()) {
        m_settings->setValue(kLanguage, value);
        m_settings->sync();
        emit languageChanged();
    }
}

int AppPreferences::autoLockMinutes() const {
    bool ok = false;
    const int minutes = m_settings->value(kAutoLock, 5).toInt(&ok);
    return ok ? std::clamp(minutes, 1, 60) : 5;
}

void AppPreferences::setAutoLockMinutes(int minutes) {
    minutes = std::clamp(minutes, 1, 60);
    if (minutes != autoLockMinutes()) {
        m_settings->setValue(kAutoLock, minutes);
        m_settings->sync();
        emit autoLockMinutesChanged();
    }
}

AppPreferences::PositionUse AppPreferences::positionUse() const {
    return positionUseFromKey(m_settings->value(kPosition, QStringLiteral("ask")).toString());
}

void AppPreferences::setPositionUse(PositionUse use) {
    if (use != positionUse()) {
        m_settings->setValue(kPosition, positionUseKey(use));
        m_settings->sync();
        emit positionUseChanged();
    }
}

QString AppPreferences::positionUseKey(PositionUse use) {
    switch (use) {
        case PositionUse::Always:
            return QStringLiteral("always");
        case PositionUse::Never:
            return QStringLiteral("never");
        case PositionUse::Ask:
            break;
    }
    return QStringLiteral("ask");
}

AppPreferences::PositionUse AppPreferences::positionUseFromKey(const QString& key) {
    if (key == QStringLiteral("always")) {
        return PositionUse::Always;
    }
    if (key == QStringLiteral("never")) {
        return PositionUse::Never;
    }
    return PositionUse::Ask;
}

}  // namespace veldwerk::app
