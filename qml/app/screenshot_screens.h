// The screens `veldwerk-app --screenshots` pictures, in order, as data: one line a screen, so a
// new screen (e.g. of home visits) is one added line in screenshot_screens.cpp. A route is what
// AppShell.showScreen takes; the tour fills in these placeholders from the open vault:
//   {case}             the case with the most assessments
//   {assessment:FORM}  an assessment of FORM in {case} still being filled in (started when none)
//   {conflict}         ID/ITEM of an answer in disagreement in {case}
//   {returned}         an assessment of {case} the supervisor returned
//   {submitted}        a submitted assessment waiting for review
//   {emergency}        a case this tablet's user opened by emergency access
//   {uncosigned}       a draft of {case} with GI answers and no GI co-signature
// A line whose placeholder has nothing to show is left out with a warning (the tour's test
// counts the files, so a screen that goes missing is noticed).
#pragma once

#include <vector>

namespace veldwerk::app {

struct TourScreen {
    // Whose tablet shows it: a closed vault, the worker's (--vault), the GI professional's
    // (--gi-vault) or the supervisor's (--supervisor-vault).
    enum class Tablet { Closed, Worker, Gi, Supervisor };
    const char* name;   // the file name: NN-name-landscape.png, NN-name-portrait.png
    const char* route;  // see above
    Tablet tablet;
};

const std::vector<TourScreen>& tourScreens();

}  // namespace veldwerk::app
