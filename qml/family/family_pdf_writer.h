// The family's own copy (core/family/family_document.h) drawn with Qt's PDF writer on the tablet:
// the same document model the CLI draws through cairo (sync/pdf), A4, large plain type.
#pragma once

#include <QString>

#include "core/family/family_document.h"

namespace veldwerk::app {

// Writes the PDF to `path`; false (and `error` in English, for the log) when it cannot.
bool writeFamilyPdf(const family::FamilyDocument& document, const QString& path, QString* error);

}  // namespace veldwerk::app
