// plan pdf CASE --out FILE: the family's own copy (core/family) drawn as PDF (sync/pdf).
#include <fstream>

#include "core/family/family_copy.h"
#include "sync/cli/commands.h"
#include "sync/pdf/family_document_pdf.h"

namespace veldwerk::cli {

int runPlanPdf(CliContext& ctx) {
    const auto& cmd = ctx.cmd();
    cmd.allowOnly({"vault", "json", "as", "out"});
    const auto out = cmd.option("out");
    if (cmd.word(2).empty() || !out || out->empty() || cmd.words().size() != 3) {
        throw UsageError("usage: plan pdf CASE --out FILE");
    }
    auto& v = ctx.vault();
    const auto actor = ctx.actor();
    const auto caseId = ctx.resolveCase(actor, cmd.word(2));
    const auto document = family::familyCopy(v, ctx.forms(), actor, caseId);
    const auto bytes = pdf::familyDocumentPdf(document);
    // Written to a new file beside the target and renamed, so a failure leaves no half PDF.
    const auto partial = *out + ".partial";
    {
        std::ofstream file(partial, std::ios::binary | std::ios::trunc);
        file.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        file.close();
        if (!file) {
            std::remove(partial.c_str());
            throw CliError(kFailure, "could not write " + *out);
        }
    }
    if (std::rename(partial.c_str(), out->c_str()) != 0) {
        std::remove(partial.c_str());
        throw CliError(kFailure, "could not write " + *out);
    }
    family::recordExport(v, actor, caseId);
    ctx.print({{"case", caseId},
               {"out", *out},
               {"bytes", bytes.size()},
               {"sections", document.sections.size()}},
              "wrote " + *out);
    return kOk;
}

}  // namespace veldwerk::cli
