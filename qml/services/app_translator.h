// The app's texts in the chosen language (Qt's translation system): the .qm that lrelease made
// from qml/translations/veldwerk_LANG.ts in the build, embedded at :/i18n/. Dutch is the source
// language, so "nl" needs no translator. lupdate names C++ contexts without their namespace and
// gives the free translation helpers (context "Veldwerk" at run time) a context of its own, so a
// text not found under its run-time context is looked up by its source text alone (from the same
// .ts, embedded too) — a text is translated the same wherever it appears.
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace veldwerk::app {

class AppTranslator : public QTranslator {
    Q_OBJECT

public:
    using QTranslator::QTranslator;

    // Loads the translations for "en" (or another language with a .ts); false when missing.
    bool loadLanguage(const QString& language);

    QString translate(const char* context, const char* sourceText,
                      const char* disambiguation = nullptr, int n = -1) const override;
    bool isEmpty() const override;

private:
    // source text -> translation forms (one, or the plural forms)
    QHash<QString, QStringList> m_bySource;
};

}  // namespace veldwerk::app
