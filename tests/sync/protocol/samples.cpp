#include "samples.h"

namespace veldwerk::sync::samples {

std::string id(char c) {
    return std::string(32, c);
}

PushRequest pushRequest() {
    PushRequest m;
    m.batchId = id('d') + "-42";
    OutgoingChange answer;
    answer.clientSeq = 17;
    answer.caseId = id('c');
    answer.entity = "answer";
    answer.entityId = id('a');
    answer.field = "acuut_letsel";
    answer.value = "ja";
    answer.baseVersion = 0;
    answer.hlc = 1234;
    answer.author = id('1');
    answer.role = "jgt";
    m.changes.push_back(answer);

    OutgoingChange name = answer;
    name.clientSeq = 18;
    name.entity = "case";
    name.entityId = id('c');
    name.field = "name";
    name.value = "Gezin Yılmaz — \"quoted\"\n\t✓ 😀";
    name.baseVersion = 3;
    name.hlc = UINT64_MAX;
    m.changes.push_back(name);

    OutgoingChange member = answer;
    member.clientSeq = INT64_MAX;
    member.entity = "member";
    member.entityId = id('c') + ":" + id('2');
    member.field = "role";
    member.value = std::nullopt;
    member.role = "gi";
    m.changes.push_back(member);

    OutgoingChange entry = answer;
    entry.clientSeq = 0;
    entry.field = "vp_zorgen/0a1b2c3d/tekst";
    entry.value = "";
    entry.hlc = 0;
    entry.role = "supervisor";
    m.changes.push_back(entry);

    OutgoingChange perspective = answer;
    perspective.field = "sw_schaal@" + id('1');
    perspective.value = "7";
    m.changes.push_back(perspective);
    return m;
}

PushResponse pushResponse() {
    PushResponse m;
    m.results = {{17, PushOutcome::Applied, 1, ""},
                 {18, PushOutcome::Unchanged, 4, ""},
                 {19, PushOutcome::Merged, 5, ""},
                 {20, PushOutcome::Conflict, 6, ""},
                 {21, PushOutcome::Refused, 0, "not a member of the case"}};
    m.serverClock = (std::uint64_t{1} << 63) + 7;
    return m;
}

PullResponse pullResponse() {
    PullResponse m;
    IncomingChange plain;
    plain.seq = 1234;
    plain.caseId = id('c');
    plain.entity = "person";
    plain.entityId = id('e');
    plain.field = "name";
    plain.value = "Ömer Yılmaz";
    plain.version = 2;
    plain.hlc = 99;
    plain.author = id('1');
    plain.role = "jgt";
    plain.device = id('d');
    m.changes.push_back(plain);

    IncomingChange conflicted = plain;
    conflicted.seq = 1235;
    conflicted.entity = "answer";
    conflicted.entityId = id('a');
    conflicted.field = "acuut_letsel";
    conflicted.value = std::nullopt;
    conflicted.version = 3;
    conflicted.conflict = {{2, std::string("ja"), id('1'), "jgt", id('d'), 5},
                           {3, std::nullopt, id('2'), "gi", id('f'), UINT64_MAX}};
    m.changes.push_back(conflicted);

    IncomingChange event = plain;
    event.seq = 1236;
    event.entity = "event";
    event.entityId = id('b');
    event.field = "data";
    event.value = R"({"assessment":"x","kind":"submit","comment":"één"})";
    m.changes.push_back(event);

    IncomingChange settled = conflicted;
    settled.seq = 1237;
    settled.field = "sig_letsel";
    settled.value = "nee";
    settled.version = 4;
    settled.conflict.clear();
    settled.resolved = {{4,
                         "resolution",
                         std::string("nee"),
                         id('1'),
                         "jgt",
                         id('d'),
                         77,
                         {{2, std::string("ja"), id('1'), "jgt", id('d'), 5},
                          {3, std::string("nee"), id('2'), "gi", id('f'), 6}}},
                        {6, "agreement", std::nullopt, id('2'), "gi", id('f'), 80, {}}};
    m.changes.push_back(settled);

    m.scope = {id('c'), id('9')};
    m.users = {{id('1'), "jansen", "jgt", "JGT Noord", "Anna Jansen"},
               {id('2'), "gul", "gi", "GI Utrecht", "Gül Yılmaz"},
               {id('3'), "Beheer", "admin", "", ""}};
    m.cursor = 1236;
    m.more = true;
    m.serverClock = 123456789;
    return m;
}

EnrollRequest enrollRequest() {
    return {"jansen", "geheim wachtwoord ✓", "Tablet 3 (Noord)"};
}

EnrollResponse enrollResponse() {
    return {id('d'), std::string(64, 'f'), id('1'), "jgt", "JGT Noord"};
}

AuditUploadRequest auditUpload() {
    AuditUploadRequest m;
    m.entries = {{1, 1700000000000, id('1'), "create", "vault", "", std::nullopt},
                 {2, 1700000000001, id('1'), "read", "case", id('c'), id('c')},
                 {3, 1700000000002, id('1'), "change", "case_member", id('2'), id('c')},
                 {4, 1700000000003, id('1'), "change", "vault", "passphrase", std::nullopt}};
    return m;
}

ErrorBody errorBody() {
    return {"clock_skew", "device clock is 30 hours ahead of the server"};
}

const char* const kPushJson = R"({"batchId": "dev-1", "changes": [
  {"clientSeq": 17, "caseId": "cccccccccccccccccccccccccccccccc", "entity": "answer",
   "entityId": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "field": "acuut_letsel", "value": "ja",
   "baseVersion": 0, "hlc": "1234", "author": "11111111111111111111111111111111", "role": "jgt"}]})";

}  // namespace veldwerk::sync::samples
