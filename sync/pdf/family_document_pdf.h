// The family's own copy (core/family/family_document.h) as A4 PDF pages, through PdfPages.
#pragma once

#include <string>

#include "core/family/family_document.h"

namespace veldwerk::pdf {

std::string familyDocumentPdf(const family::FamilyDocument& document);

}  // namespace veldwerk::pdf
