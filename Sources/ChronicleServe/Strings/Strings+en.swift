import ChronicleCore

/// The English table: every phrase and every name the pages use.
enum English: StringTable {
    static func phrase(_ phrase: Phrase) -> String {
        switch phrase {
        case .navTimeline: "Timeline"
        case .navSearch: "Search"
        case .navDocuments: "Documents"
        case .navReview: "Review"
        case .searchPlaceholder: "Search the texts…"
        case .searchLabel: "Search the texts"
        case .listSeparator: ", "
        case .factSeparator: "; "

        case .errorNotFound: "Not found"
        case .errorForbidden: "Refused"
        case .errorOther: "Something went wrong"
        case .backToTimeline: "Back to the timeline"
        case .notFoundTitle: "No such page"
        case .notFoundPath: "The workspace has no page “{1}”."
        case .notFoundGoTo: "Start from the top: {1}."
        case .notFoundHint: "Meetings, measures and people each have a page of their own: open them from a box on the timeline, a search result or a link in the review queue."
        case .failedDetail: "Could not finish:"
        case .cannotDraw: "(cannot draw the picture: {1})"
        case .kindEvent: "meeting"
        case .kindPerson: "person"
        case .kindMeasure: "measure"
        case .kindDocument: "document"
        case .kindNode: "node"
        case .noMatch: "No {1} named “{2}” in the store."
        case .noMatchClosest: "No {1} named “{2}” in the store; the closest: {3}."
        case .noNode: "No node “{1}” in the store."
        case .noDocument: "No stored document “{1}”."
        case .noUpload: "No such upload (uploads are forgotten when the server restarts)."
        case .whichNode: "Which one? Add ?id=… or ?name=… to the address."
        case .whichDocument: "Which document? Add ?key=… to the address."
        case .whichFocus: "Which one to draw? Add focus=… to the address."
        case .badFrom: "The start date must be written YYYY-MM-DD, YYYY-MM or YYYY, not “{1}”."
        case .badTo: "The end date must be written YYYY-MM-DD, YYYY-MM or YYYY, not “{1}”."
        case .unknownLevel: "Unknown level “{1}”."
        case .unknownKind: "Unknown kind of meeting “{1}”."
        case .badFormat: "The format must be SVG, PNG or PDF (PPTX for the deck), not “{1}”."
        case .badView: "The picture must be timeline, lineage, relations or deck, not “{1}”."
        case .searchTooLong: "The search text is longer than {1} characters."
        case .formTooLarge: "The form is larger than {1} KB; nothing was changed."
        case .refusedOrigin: "Refused: a form from another site ({1}); nothing was changed."
        case .refusedToken: "Refused: the form's token does not match this browser's session; nothing was changed. Reload the page and try again."

        case .timelineHeading: "Timeline of meetings"
        case .filterFrom: "From"
        case .filterTo: "to"
        case .allLevels: "All levels"
        case .allKinds: "All kinds"
        case .filterButton: "Filter"
        case .noEventsInRange: "No meetings in this period."
        case .onlyFirstEvents: "Only the first {1} are shown; narrow the dates."
        case .eventCount: "{1} meetings and events"
        case .columnDate: "Date"
        case .columnEvent: "Meeting"
        case .columnLevel: "Level"
        case .downloadLabel: "Download: "
        case .downloadDeck: "Briefing deck (PPTX)"
        case .downloadDeckBusy: "Generating the deck…"

        case .dateUnknown: "date unknown"
        case .kindUnknown: "kind unknown"
        case .sectionChairs: "Chaired by"
        case .sectionAttends: "Attended by"
        case .sectionSpeaks: "Speakers"
        case .sectionOrganizes: "Convened by"
        case .sectionConveyed: "Conveyed"
        case .sectionConveyedBy: "Conveyed by these meetings"
        case .sectionSets: "Measures set"
        case .sectionFirstSeen: "Measures first seen"
        case .sectionReiterates: "Measures reiterated"
        case .sectionPlace: "Place"
        case .relationsPicture: "Relations"
        case .relationsOf: "Relations of {1}"
        case .lineagePicture: "Lineage"
        case .lineageOf: "Who set and reiterated “{1}”"
        case .components: "Parts"
        case .setAndReiterated: "Set and reiterated (by date)"
        case .notStated: "No meeting sets or reiterates it."
        case .roleCount: "{1} ({2})"
        case .personChaired: "Chaired"
        case .personSpoke: "Spoke at"
        case .personAttended: "Attended"
        case .measureSetBy: "Set by"
        case .measureFirstSeenIn: "First seen in"
        case .measureReiteratedBy: "Reiterated by"
        case .titleSince: "since {1}"
        case .titleBetween: "{1} to {2}"
        case .reject: "Reject"
        case .rejectHint: "This fact is wrong: remove it (the correction is kept in the store and holds after rebuilds)"

        case .searchHeading: "Search the texts"
        case .searchButton: "Search"
        case .searchSummary: "{1} sentences contain “{2}”, about {3} meetings."
        case .searchOther: "Other"
        case .searchTitle: "Search: {1}"

        case .uploadButton: "Upload and extract"
        case .uploadHint: ".txt, .docx or .html, at most {1} MB"
        case .documentCount: "{1} documents"
        case .columnDocument: "Document"
        case .columnFacts: "Facts"
        case .documentSpans: "{1} passages state extracted facts (yellow; hover to see the facts)"
        case .uploadNotMultipart: "Uploads must come from the form (multipart/form-data)."
        case .uploadTooLarge: "The file is over the {1} MB limit; nothing was changed."
        case .uploadUnreadableForm: "Cannot read the uploaded form: {1}"
        case .uploadNoFile: "Please choose a file."
        case .uploadEmpty: "“{1}” is empty; nothing was changed."
        case .uploadWrongKind: "Only .txt, .docx or .html files are accepted, and “{1}” is not one."
        case .uploadUnreadable: "Cannot read “{1}”: {2}. Nothing was changed."
        case .jobWaiting: "Waiting to be extracted…"
        case .jobBuilding: "Extracting and merging into the store…"
        case .jobUnchanged: "Already in the store (same content); nothing changed."
        case .jobAdded: "Added: the store now has {1} nodes and {2} relations."
        case .jobReplaced: "Replaced the file of the same name: the store now has {1} nodes and {2} relations."
        case .jobShowDocument: "See the document and what was extracted"
        case .jobFailed: "Extraction failed, the store is unchanged: {1}"

        case .reviewIntro: "The least certain facts come first. Accepting, rejecting or editing is stored as a correction in the store and holds after rebuilds (as with {1})."
        case .reviewAll: "All"
        case .reviewEmpty: "Nothing to review."
        case .confidence: "confidence {1}"
        case .reasonsFollow: ": "
        case .reasonSeparator: "; "
        case .reasonRule: "rule: {1}"
        case .reasonOneSentence: "stated by one sentence only"
        case .reasonDateInferred: "date inferred from context"
        case .reasonMerged: "merged from {1} spellings"
        case .ruleQuotedMeasure: "a name in quotation marks (cues: {1})"
        case .ruleOther: "{1} rule"
        case .accept: "Accept"
        case .editLabel: "Edit:"
        case .fieldName: "Name"
        case .saveEdit: "Save the edit"
        case .notePlaceholder: "Note (optional)"
        case .noSuchRelation: "There is no relation “{1}”; no correction was stored."
        case .formNoFact: "The form does not say which fact to correct; no correction was stored."
        case .onlyNodesEdited: "Only a node's name and date can be edited; no correction was stored."
        case .badEditDate: "Write the date as YYYY-MM-DD (e.g. 2020-01-26), not “{1}”; no correction was stored."
        case .badAction: "The action must be accept, reject or set; no correction was stored."
        case .unknownNode: "The store has no node “{1}” (it may have been rejected, or gone after a rebuild); no correction was stored. Go back to the review queue and choose again."
        case .unknownEdge: "The store has no relation “{1}” {2} “{3}” (it may have been rejected, or gone after a rebuild); no correction was stored. Go back to the review queue and choose again."
        case .noticeAccepted: "Accepted: {1}"
        case .noticeRejected: "Rejected: {1}"
        case .noticeSet: "Edited: {1}"
        case .noticeCorrected: "Corrected: {1}"
        case .noticeChangedTo: ", now {1}"
        case .noticeUndone: "Undone: {1} is back as it was."
        case .noticeUndoneUnknown: "The correction was undone."
        case .undo: "Undo"
        case .undoWhich: "The form does not say which correction to undo."
        case .undoNoCorrection: "No correction number {1} (it may have been undone already)."
        case .undoNotHere: "This correction was not made in the workspace (it comes from {1}); manage it with chronicle correct."
        case .correctionsFile: "a corrections file"
        }
    }

    static func relation(_ relation: Relation) -> String {
        switch relation {
        case .chairs: "chairs"
        case .attends: "attends"
        case .speaksAt: "speaks at"
        case .organizes: "convenes"
        case .conveys: "conveys"
        case .sets: "sets"
        case .firstSeen: "first seen"
        case .reiterates: "reiterates"
        case .adopts: "adopts"
        case .holdsTitle: "holds the title"
        case .locatedIn: "held in"
        }
    }

    static func kind(_ kind: EventKind) -> String {
        switch kind {
        case .meeting: "meeting"
        case .videoConference: "video conference"
        case .symposium: "symposium"
        case .instruction: "instruction"
        case .inspection: "inspection"
        case .speech: "speech"
        case .notice: "notice"
        case .study: "study session"
        }
    }

    static func level(_ level: EventLevel?) -> String {
        switch level {
        case .central: "central"
        case .ministry: "ministry"
        case .province: "province"
        case .municipal: "city and county"
        case .institution: "institution"
        case nil: "other"
        }
    }

    static func timeOfDay(_ time: TimeOfDay) -> String {
        switch time {
        case .earlyMorning: "early morning"
        case .morning: "morning"
        case .noon: "noon"
        case .afternoon: "afternoon"
        case .evening: "evening"
        }
    }

    static func measureCategory(_ category: MeasureCategory) -> String {
        switch category {
        case .operational: "operational measure"
        case .politicalFormula: "political formula"
        }
    }

    static func reviewCategory(_ category: ReviewItem.Category) -> String {
        switch category {
        case .events: "meetings"
        case .chairs: "chairs"
        case .people: "people"
        case .measures: "measures"
        case .conveys: "conveys"
        }
    }

    static func ruleFamily(_ family: RuleFamily) -> String {
        switch family {
        case .event: "meeting"
        case .chair: "chair"
        case .person: "person"
        case .attends: "attendance"
        case .conveys: "conveying"
        case .measure: "measure"
        case .organizes: "convener"
        case .adopts: "adoption"
        }
    }

    static func rule(_ rule: ReadableRule) -> String {
        switch rule {
        case .verbMeetingName: "a verb, then the meeting's name"
        case .organizationConvenes: "an organization convenes a meeting"
        case .instructionVerb: "gives instructions"
        case .speechAtMeeting: "a speech at a meeting"
        case .meetingNameBeforeVerb: "the meeting's name before the verb"
        case .inspection: "an inspection visit"
        case .talksWithCounterpart: "talks with a counterpart"
        case .attendsNamedMeeting: "attends a named meeting"
        case .organizeWatching: "organized viewing"
        case .notice: "a notice"
        case .agentOfConvene: "who convened the meeting"
        case .chairNameVerb: "a name, then chairs"
        case .titleName: "a title, then a name"
        case .groupTitleList: "names after a shared title"
        case .titleNameList: "a list of titles and names"
        case .nameRoleVerb: "a name, then chairs, attends or speaks"
        case .bareListBeforeRole: "names before attends"
        case .nameTitle: "a name, then a title"
        case .bareListAfterYou: "names after “also”"
        case .titleUnknownSurname: "a title, then an uncommon surname"
        case .knownName: "a known name"
        case .model: "the name model"
        case .watchedVideoConference: "watched a video conference"
        case .studyListItem: "an item of a study list"
        case .verbReference: "conveys or studies a meeting"
        }
    }
}
