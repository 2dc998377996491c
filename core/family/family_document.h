// The family's own copy (issue 14.2): a veiligheidsplan and the conclusions of finished
// risicotaxaties, in plain Dutch (B1), as a document model that every renderer draws the same
// way — the CLI and server through cairo (sync/pdf), the tablet through Qt's PDF writer
// (qml/family). The builder is pure: it reads answers only through familySafe()
// (family_selection.h), so no professional-only item can reach the page; family_copy.h collects
// its input from the vault.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/forms/answer.h"

namespace veldwerk::family {

struct FamilyLine {
    std::string text;
    bool bullet = false;  // an item of a list
    bool quote = false;   // somebody's own words (a statement)
};

struct FamilySection {
    std::string heading;
    std::vector<FamilyLine> lines;
};

struct FamilyDocument {
    std::string title;
    std::string subtitle;
    std::vector<std::string> intro;
    std::vector<FamilySection> sections;
    std::string footer;

    // Every text of the document in reading order, one line each (tests, a plain preview).
    std::string plainText() const;
};

// A client's or parent's own words beside a plan or conclusion (kind `client` only: the GI's
// disagreement is a professional statement and stays out of the family's copy).
struct FamilyStatement {
    std::string saidBy;
    std::string saidOn;  // YYYY-MM-DD
    std::string text;
};

struct FamilyInstrument {
    std::string formId;
    int version = 1;
    std::string status;        // draft | submitted | approved | returned
    std::string subjectName;   // the child a risicotaxatie is about
    std::string date;          // YYYY-MM-DD: when it was finished (or last written, a plan)
    forms::AnswerSet answers;  // as stored: the builder keeps only the family-safe part
    std::vector<FamilyStatement> statements;
};

struct FamilyInput {
    std::string caseName;
    std::string madeOn;  // YYYY-MM-DD
    std::optional<FamilyInstrument> plan;
    std::vector<FamilyInstrument> conclusions;  // finished risicotaxaties, one per child
};

FamilyDocument buildFamilyDocument(const FamilyInput& input);

// "2027-01-12" -> "12 januari 2027" (the text as it is when it is no date).
std::string dutchDate(const std::string& iso);

}  // namespace veldwerk::family
