/// The rules of extraction by the name each fact they make records (`metadata.rule`):
/// one list, so a rule is found by its name, a misspelt name does not compile, and the
/// names reviewers mark in audit sheets (`Benchmarks/audits/`) are these.
public enum RuleName: String, CaseIterable, Sendable {
    // adopts
    case adoptsVerbBeforeTitle = "adopts:verb-before-title"
    // attends
    case attendsNamesBeforeVerb = "attends:names-before-verb"
    case attendsTalksCounterpart = "attends:talks-counterpart"
    case attendsHonouredGuest = "attends:honoured-guest"
    // chair
    case chairAgentOfConvene = "chair:agent-of-convene"
    case chairNameVerb = "chair:name-verb"
    case chairTitleOnly = "chair:title-only"
    // conveys
    case conveysSameDayInstructionByAuthor = "conveys:same-day-instruction-by-author"
    case conveysSpiritInName = "conveys:spirit-in-name"
    case conveysKindInDocument = "conveys:kind-in-document"
    case conveysNoticeTitle = "conveys:notice-title"
    case conveysStudyListItem = "conveys:study-list-item"
    case conveysVerbReference = "conveys:verb-reference"
    case conveysWatchedVideoConference = "conveys:watched-video-conference"
    // document
    case documentBookTitleQuotes = "document:book-title-quotes"
    // event
    case eventAttendsNamedMeeting = "event:attends-named-meeting"
    case eventDatedConveyedMeeting = "event:dated-conveyed-meeting"
    case eventSittingChairedBy = "event:sitting-chaired-by"
    case eventInspectionAtPlace = "event:inspection-at-place"
    case eventInspectionGotoPlace = "event:inspection-goto-place"
    case eventInspectionHeadline = "event:inspection-headline"
    case eventInspectionLed = "event:inspection-led"
    case eventInspectionCampaign = "event:inspection-campaign"
    case eventRecalledMeeting = "event:recalled-meeting"
    case eventMinutesHeader = "event:minutes-header"
    case eventMeetingDeliberates = "event:meeting-deliberates"
    case eventPartyActivity = "event:party-activity"
    case eventInstructionVerb = "event:instruction-verb"
    case eventIssuesTitledDocument = "event:issues-titled-document"
    case eventLectureAtPlace = "event:lecture-at-place"
    /// A party lesson given (县委书记…为全县党员干部讲授专题党课): the speaker's own event.
    case eventPartyLesson = "event:party-lesson"
    case eventMeetingEndedBefore = "event:meeting-ended-before"
    case eventMeetingNameBeforeVerb = "event:meeting-name-before-verb"
    case eventMeetingNameDatePlaceVerb = "event:meeting-name-date-place-verb"
    case eventMeetingSubjectCloses = "event:meeting-subject-closes"
    case eventNoticeAnnouncesGathering = "event:notice-announces-gathering"
    case eventNoticeTitleSignatureDate = "event:notice-title-signature-date"
    case eventOrganizationConvenesMeeting = "event:organization-convenes-meeting"
    case eventOrganizationIssuesNotice = "event:organization-issues-notice"
    case eventOrganizeWatching = "event:organize-watching"
    case eventAttendsVideoConference = "event:attends-video-conference"
    case eventSpeechAtMeeting = "event:speech-at-meeting"
    case eventPublishedArticle = "event:published-article"
    case eventTalksWithCounterpart = "event:talks-with-counterpart"
    case eventVerbMeetingName = "event:verb-meeting-name"
    // first_seen
    case firstSeenEarliestEventStating = "first_seen:earliest-event-stating"
    // located_in
    case locatedInEventPlace = "located_in:event-place"
    // organization
    case organizationOrganizer = "organization:organizer"
    // organizes
    case organizesOrganizerBeforeVerb = "organizes:organizer-before-verb"
    // person
    case personBareListAfterYou = "person:bare-list-after-you"
    case personBareListBeforeRole = "person:bare-list-before-role"
    case personGroupTitleList = "person:group-title-list"
    case personKnownName = "person:known-name"
    case personModel = "person:model"
    case personNameRoleVerb = "person:name-role-verb"
    case personNameTitle = "person:name-title"
    case personTitleDottedName = "person:title-dotted-name"
    case personTitleName = "person:title-name"
    case personTitleNameList = "person:title-name-list"
    case personTitleNameRoleVerb = "person:title-name-role-verb"
    case personTitleUnknownSurname = "person:title-unknown-surname"
    // place
    case placeEventPlace = "place:event-place"
    // reiterates
    case reiteratesLaterEventStating = "reiterates:later-event-stating"
    case reiteratesQuotesEarlierSpeech = "reiterates:quotes-earlier-speech"
    // sets
    case setsEarliestEventPuttingForward = "sets:earliest-event-putting-forward"
    // speaks_at
    case speaksAtAttendsAndSpeaks = "speaks_at:attends-and-speaks"
    case speaksAtChairsAndSpeaks = "speaks_at:chairs-and-speaks"
    case speaksAtNameVerb = "speaks_at:name-verb"

    /// The name as a graph property value.
    public var json: JSONValue { .string(rawValue) }

    /// A quoted measure with the cues that made it one: `measure:quoted(counted,verb-before)`.
    /// The lecture rules: an event known by who gave it, none without its speaker.
    static let lectures: Set<String> = [RuleName.eventLectureAtPlace.rawValue, RuleName.eventPartyLesson.rawValue]

    public static func quotedMeasure(cues: [String]) -> String { "measure:quoted(" + cues.joined(separator: ",") + ")" }

    /// The agent of an event mention in a role other than chair: `speaks_at:agent-of-inspection`.
    public static func agent(_ role: Relation, of kind: EventKind) -> String { "\(role.rawValue):agent-of-\(kind.rawValue)" }
}
