/// Every phrase the workspace's pages say, by key. Each language's table
/// (``Chinese/phrase(_:)``, ``English/phrase(_:)``) is an exhaustive `switch` over
/// this enum: a phrase missing from a table does not compile. `{1}`, `{2}` … are the
/// slots ``Strings`` fills.
enum Phrase: CaseIterable, Sendable {
    // Navigation and the page frame.
    case navTimeline, navPeople, navMeasures, navSearch, navDocuments, navReview
    case searchPlaceholder, searchLabel
    case listSeparator, factSeparator

    // Error pages and their messages.
    case errorNotFound, errorForbidden, errorOther, backToTimeline
    case notFoundTitle, notFoundPath, notFoundGoTo, notFoundHint
    case failedDetail, cannotDraw
    case kindEvent, kindPerson, kindMeasure, kindDocument, kindOrganization, kindPlace, kindNode
    case noMatch, noMatchClosest, noNode, noDocument, noUpload
    case whichNode, whichDocument, whichFocus
    case badFrom, badTo, unknownLevel, unknownKind, badFormat, badView, searchTooLong
    case formTooLarge, refusedOrigin, refusedToken

    // Timeline.
    case timelineHeading, filterFrom, filterTo, allLevels, allKinds, filterButton
    case noEventsInRange, onlyFirstEvents, eventCount
    case columnDate, columnEvent, columnLevel
    case downloadLabel, downloadDeck, downloadDeckBusy

    // The overview of a year, a month's weeks, and a range too long to draw.
    case overviewHeading, overviewIntro, overviewYears, overviewAllEvents
    case monthHeading, monthIntro, backToYear, yearMonth, latestWeek
    case columnMonth, columnWeek, columnCount, columnByLevel, columnByKind, columnTopMeetings
    case weekRange, rangeByMonth, rangeByWeek, badMonth, badYear

    // The lists of people and measures, and paging.
    case peopleHeading, peopleIntro, measuresHeading, measuresIntro
    case filterNames, filterNamesLabel, columnName, columnMeetings, listCount, listNoneMatch
    case previousPage, nextPage, pageOf, badPage
    case linkedEvents, unknownRole, allRoles, allYears, pictureLatest

    // Event, measure, person.
    case dateUnknown, kindUnknown
    case sectionChairs, sectionAttends, sectionSpeaks, sectionOrganizes, sectionConveyed, sectionConveyedBy
    case sectionSets, sectionFirstSeen, sectionReiterates, sectionPlace
    case relationsPicture, relationsOf, lineagePicture, lineageOf
    case components, setAndReiterated, notStated, roleCount
    case personChaired, personSpoke, personAttended
    case measureSetBy, measureFirstSeenIn, measureReiteratedBy
    case titleSince, titleBetween
    case reject, rejectHint

    // Search.
    case searchHeading, searchButton, searchSummary, searchOther, searchTitle

    // Documents and uploads.
    case uploadButton, uploadHint, documentCount, columnDocument, columnFacts, documentSpans
    case uploadNotMultipart, uploadTooLarge, uploadUnreadableForm, uploadNoFile, uploadEmpty, uploadWrongKind, uploadUnreadable
    case jobWaiting, jobBuilding, jobUnchanged, jobAdded, jobReplaced, jobShowDocument, jobFailed

    // Review and corrections.
    case reviewIntro, reviewAll, reviewEmpty, confidence, reasonsFollow, reasonSeparator
    case reasonRule, reasonOneSentence, reasonDateInferred, reasonMerged
    case ruleQuotedMeasure, ruleOther
    case accept, editLabel, fieldName, saveEdit, notePlaceholder
    case noSuchRelation, formNoFact, onlyNodesEdited, badEditDate, badAction, unknownNode, unknownEdge
    case noticeAccepted, noticeRejected, noticeSet, noticeCorrected, noticeChangedTo, noticeUndone, noticeUndoneUnknown, undo
    case undoWhich, undoNoCorrection, undoNotHere, correctionsFile
}
