// visit start | join | end | alert | extend | list | show | overdue: home visits the way the app
// makes them. Position flags: --lat X --lon Y --accuracy M (a fix), or --no-position
// declined|no_fix|off; without them the CLI records "off" (it has no positioning). Starting,
// extending and raising an alert sync at once when the device is enrolled and the server can be
// reached (the office must know); offline they wait in the outbox like every other change.
#include <sstream>

#include "core/visit/visit_service.h"
#include "sync/cli/commands.h"
#include "sync/engine/overdue_list.h"
#include "sync/engine/sync_error.h"
#include "sync/engine/sync_state.h"

namespace veldwerk::cli {

namespace {

using nlohmann::json;

const std::set<std::string> kPositionOptions = {"lat", "lon", "accuracy", "no-position"};

double number(const std::string& name, const std::string& text) {
    std::size_t used = 0;
    double value = 0;
    try {
        value = std::stod(text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != text.size() || text.empty()) {
        throw UsageError("--" + name + " takes a number, not '" + text + "'");
    }
    return value;
}

int wholeNumber(const std::string& name, const std::string& text) {
    const double value = number(name, text);
    if (value != static_cast<int>(value)) {
        throw UsageError("--" + name + " takes a whole number of minutes");
    }
    return static_cast<int>(value);
}

visit::PositionStamp positionFrom(const CommandLine& cmd) {
    visit::PositionStamp stamp;
    const auto lat = cmd.option("lat");
    const auto lon = cmd.option("lon");
    const auto accuracy = cmd.option("accuracy");
    const auto none = cmd.option("no-position");
    if (lat || lon || accuracy) {
        if (!lat || !lon || !accuracy || none) {
            throw UsageError(
                "a position is --lat X --lon Y --accuracy M (or --no-position REASON)");
        }
        stamp.fix =
            visit::Fix{number("lat", *lat), number("lon", *lon), number("accuracy", *accuracy), 0};
        return stamp;
    }
    stamp.reason = none.value_or("off");
    if (!visit::isNoPositionReason(stamp.reason)) {
        throw UsageError("--no-position takes declined, no_fix or off");
    }
    return stamp;
}

std::string nameOf(vault::Vault& v, const std::string& userId) {
    auto st = v.db().prepare("SELECT name FROM users WHERE id = ?1");
    st.bind(1, userId);
    return st.step() ? st.text(0) : userId;
}

json stampJson(const std::optional<visit::PositionStamp>& s) {
    if (!s) {
        return nullptr;
    }
    if (s->fix) {
        return {{"at", isoTime(s->atMs)},
                {"lat", s->fix->latitude},
                {"lon", s->fix->longitude},
                {"accuracy", s->fix->accuracyM},
                {"fixAt", isoTime(s->fix->atMs)}};
    }
    return {{"at", isoTime(s->atMs)}, {"noPosition", s->reason}};
}

std::string stampText(const std::optional<visit::PositionStamp>& s) {
    if (!s) {
        return "-";
    }
    if (s->fix) {
        std::ostringstream out;
        out << s->fix->latitude << "," << s->fix->longitude << " (+/-" << s->fix->accuracyM
            << " m)";
        return out.str();
    }
    return "no position (" + s->reason + ")";
}

std::optional<sync::OverdueVisit> overdueEntry(vault::Vault& v, const std::string& visitId) {
    for (const auto& o : sync::overdueVisits(v.db())) {
        if (o.visitId == visitId) {
            return o;
        }
    }
    return std::nullopt;
}

json visitJson(vault::Vault& v, const visit::VisitRecord& r) {
    json professionals = json::array();
    for (const auto& p : r.professionals) {
        professionals.push_back({{"user", nameOf(v, p.userId)},
                                 {"userId", p.userId},
                                 {"checkin", stampJson(p.checkin)},
                                 {"checkout", stampJson(p.checkout)},
                                 {"alertAt", p.alertAtMs ? json(isoTime(*p.alertAtMs)) : json()}});
    }
    const auto overdue = overdueEntry(v, r.id);
    return {{"id", r.id},
            {"case", r.caseId},
            {"plannedAt", r.plannedAtMs ? json(isoTime(*r.plannedAtMs)) : json()},
            {"startedAt", isoTime(r.startedAtMs)},
            {"startedBy", nameOf(v, r.startedBy)},
            {"expectedEnd", isoTime(r.expectedEndMs)},
            {"expectedEndMs", r.expectedEndMs},
            {"endedAt", r.endedAtMs ? json(isoTime(*r.endedAtMs)) : json()},
            {"running", r.running()},
            {"present", r.present},
            {"others", r.others},
            {"instruments", r.instruments},
            {"alert", r.firstAlertMs().has_value()},
            {"professionals", professionals},
            {"overdue", overdue ? json(isoTime(overdue->since)) : json()}};
}

std::string visitText(vault::Vault& v, const visit::VisitRecord& r) {
    std::ostringstream out;
    out << "visit " << r.id << "  case " << r.caseId << "\n  started " << isoTime(r.startedAtMs)
        << " by " << nameOf(v, r.startedBy) << ", expected end " << isoTime(r.expectedEndMs)
        << (r.endedAtMs ? ", ended " + isoTime(*r.endedAtMs) : std::string(", running")) << "\n";
    for (const auto& p : r.professionals) {
        out << "  " << nameOf(v, p.userId) << ": in " << stampText(p.checkin) << ", out "
            << stampText(p.checkout) << (p.alertAtMs ? ", ALERT " + isoTime(*p.alertAtMs) : "")
            << "\n";
    }
    return out.str();
}

// Sends what was just recorded at once when there is a server to reach; never fails the command.
json syncNow(CliContext& ctx, std::string& note) {
    if (!sync::SyncState(ctx.vault().db()).enrolled()) {
        note = "not enrolled: kept on this device";
        return false;
    }
    try {
        syncOnce(ctx);
        return true;
    } catch (const sync::SyncError& e) {
        note = std::string("not synced yet (it is sent with the next sync): ") + e.what();
        return false;
    }
}

}  // namespace

int runVisitStart(CliContext& ctx) {
    const auto& cmd = ctx.cmd();
    auto allowed = kPositionOptions;
    allowed.insert({"vault", "json", "as", "case", "expect-minutes", "present", "others"});
    cmd.allowOnly(allowed);
    const auto actor = ctx.actor();
    visit::VisitStart request;
    request.caseId = ctx.resolveCase(actor, cmd.required("case"));
    if (const auto minutes = cmd.option("expect-minutes")) {
        request.expectMinutes = wholeNumber("expect-minutes", *minutes);
    }
    if (const auto present = cmd.option("present")) {
        std::stringstream list(*present);
        for (std::string person; std::getline(list, person, ',');) {
            if (!person.empty()) {
                request.present.push_back(person);
            }
        }
    }
    request.others = cmd.option("others").value_or("");
    request.position = positionFrom(cmd);
    visit::VisitService visits(ctx.vault(), ctx.forms());
    const auto id = visits.start(actor, request);
    std::string note;
    const auto synced = syncNow(ctx, note);
    auto out = visitJson(ctx.vault(), visits.find(actor, id));
    out["synced"] = synced;
    ctx.print(out, id + "\n" + (note.empty() ? "" : "note: " + note + "\n"));
    return kOk;
}

int runVisitJoin(CliContext& ctx) {
    const auto& cmd = ctx.cmd();
    auto allowed = kPositionOptions;
    allowed.insert({"vault", "json", "as"});
    cmd.allowOnly(allowed);
    if (cmd.words().size() != 3) {
        throw UsageError("usage: visit join ID [position flags]");
    }
    const auto actor = ctx.actor();
    visit::VisitService visits(ctx.vault(), ctx.forms());
    visits.join(actor, cmd.word(2), positionFrom(cmd));
    const auto r = visits.find(actor, cmd.word(2));
    ctx.print(visitJson(ctx.vault(), r), "joined visit " + r.id + "\n");
    return kOk;
}

int runVisitEnd(CliContext& ctx) {
    const auto& cmd = ctx.cmd();
    auto allowed = kPositionOptions;
    allowed.insert({"vault", "json", "as"});
    cmd.allowOnly(allowed);
    if (cmd.words().size() != 3) {
        throw UsageError("usage: visit end ID [position flags]");
    }
    const auto actor = ctx.actor();
    visit::VisitService visits(ctx.vault(), ctx.forms());
    visits.end(actor, cmd.word(2), positionFrom(cmd));
    const auto r = visits.find(actor, cmd.word(2));
    ctx.print(visitJson(ctx.vault(), r), "visit " + r.id + " ended\n");
    return kOk;
}

int runVisitAlert(CliContext& ctx) {
    const auto& cmd = ctx.cmd();
    cmd.allowOnly({"vault", "json", "as"});
    if (cmd.words().size() != 3) {
        throw UsageError("usage: visit alert ID");
    }
    const auto actor = ctx.actor();
    visit::VisitService visits(ctx.vault(), ctx.forms());
    visits.alert(actor, cmd.word(2));
    std::string note;
    const auto synced = syncNow(ctx, note);
    auto out = visitJson(ctx.vault(), visits.find(actor, cmd.word(2)));
    out["synced"] = synced;
    ctx.print(out, std::string("alert recorded") + (synced ? " and sent\n" : "; " + note + "\n"));
    return kOk;
}

int runVisitExtend(CliContext& ctx) {
    const auto& cmd = ctx.cmd();
    cmd.allowOnly({"vault", "json", "as", "minutes"});
    if (cmd.words().size() != 3) {
        throw UsageError("usage: visit extend ID --minutes N");
    }
    const auto actor = ctx.actor();
    visit::VisitService visits(ctx.vault(), ctx.forms());
    const auto end =
        visits.extend(actor, cmd.word(2), wholeNumber("minutes", cmd.required("minutes")));
    std::string note;
    const auto synced = syncNow(ctx, note);
    auto out = visitJson(ctx.vault(), visits.find(actor, cmd.word(2)));
    out["synced"] = synced;
    ctx.print(out, "expected end " + isoTime(end) + "\n");
    return kOk;
}

int runVisitList(CliContext& ctx) {
    const auto& cmd = ctx.cmd();
    cmd.allowOnly({"vault", "json", "as", "case"});
    const auto actor = ctx.actor();
    const auto caseId = ctx.resolveCase(actor, cmd.required("case"));
    json list = json::array();
    std::ostringstream text;
    for (const auto& r : visit::VisitService(ctx.vault(), ctx.forms()).forCase(actor, caseId)) {
        list.push_back(visitJson(ctx.vault(), r));
        text << r.id << "  " << isoTime(r.startedAtMs) << "  "
             << (r.running() ? "running" : "ended " + isoTime(*r.endedAtMs)) << "\n";
    }
    ctx.print({{"visits", list}}, text.str());
    return kOk;
}

int runVisitShow(CliContext& ctx) {
    const auto& cmd = ctx.cmd();
    cmd.allowOnly({"vault", "json", "as"});
    if (cmd.words().size() != 3) {
        throw UsageError("usage: visit show ID");
    }
    const auto actor = ctx.actor();
    const auto r = visit::VisitService(ctx.vault(), ctx.forms()).find(actor, cmd.word(2));
    ctx.print(visitJson(ctx.vault(), r), visitText(ctx.vault(), r));
    return kOk;
}

int runVisitOverdue(CliContext& ctx) {
    ctx.cmd().allowOnly({"vault", "json"});
    auto& v = ctx.vault();
    json list = json::array();
    std::ostringstream text;
    for (const auto& o : sync::overdueVisits(v.db())) {
        const auto checkin = visit::decodeStamp(o.lastCheckin);
        list.push_back({{"visit", o.visitId},
                        {"case", o.caseId},
                        {"worker", o.workerName},
                        {"startedAt", isoTime(o.startedAt)},
                        {"expectedEnd", isoTime(o.expectedEnd)},
                        {"since", isoTime(o.since)},
                        {"alert", o.alertAt != 0},
                        {"alertBy", o.alertAt != 0 ? json(o.alertBy) : json()},
                        {"lastCheckin", stampJson(checkin)},
                        {"lastCheckinBy", o.lastCheckinBy}});
        text << o.visitId << "  " << o.workerName << "  overdue since " << isoTime(o.since)
             << (o.alertAt != 0 ? "  ALERT" : "") << "\n";
    }
    v.audit().append(v.owner(), {audit::AuditAction::Read, "visit", "overdue", std::nullopt});
    ctx.print({{"overdue", list}}, text.str());
    return kOk;
}

}  // namespace veldwerk::cli
