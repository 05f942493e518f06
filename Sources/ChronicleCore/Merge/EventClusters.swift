/// Events of different documents that are the same event become one: the merge's
/// counterpart of `GraphBuilder.merge(_:evidence:)`, which does it for the mentions
/// inside one document.
///
/// Two events can only be the same when their dates meet (the same day, a day inside
/// the other's range, a visit inside a tour), so events are split into groups whose
/// date ranges overlap, and each group is resolved on its own, its events taken in
/// document order. The result therefore depends on the set of documents only, not on
/// the order they arrived in, and a new document touches only the groups of its dates.
/// A document's own events are never merged with each other here: its extraction
/// already decided that they differ.
enum EventClusters {
    /// One document's event, with where it came from.
    struct Member {
        var document: Int
        var index: Int
        var draft: EventDraft
    }

    /// Clusters `members` (any order); returns the merged events in id order and, for
    /// each member in input order, the index of its merged event.
    static func cluster(_ members: [Member]) -> (events: [EventDraft], assignment: [Int]) {
        guard !members.isEmpty else { return ([], []) }
        // Date groups: sweep by start date, extending the group while ranges overlap.
        let byStart = members.indices.sorted { a, b in
            (members[a].draft.date, members[a].document, members[a].index) < (members[b].draft.date, members[b].document, members[b].index)
        }
        var groups: [[Int]] = []
        var groupEnd: CalendarDate?
        for m in byStart {
            let draft = members[m].draft
            let end = max(draft.date, draft.endDate ?? draft.date)
            if let last = groupEnd, draft.date <= last {
                groups[groups.count - 1].append(m)
                groupEnd = max(last, end)
            } else {
                groups.append([m])
                groupEnd = end
            }
        }
        // Each group in document order; a member joins the first event it matches. An id
        // taken twice within a group gets a suffix (·2) in that order; ids are decided per
        // group, so a store that redoes only the groups a document touches agrees.
        var made: [EventDraft] = []
        var assignment = [Int](repeating: -1, count: members.count)
        for group in groups {
            // Events reported come before events only referred to, so that a meeting's
            // own report names it and gives it its id.
            func rank(_ m: Int) -> (Int, Int, Int) { (members[m].draft.reported ? 0 : 1, members[m].document, members[m].index) }
            let ordered = group.sorted { rank($0) < rank($1) }
            var local: [(event: Int, documents: Set<Int>)] = []
            for m in ordered {
                let member = members[m]
                if let hit = local.indices.first(where: { !local[$0].documents.contains(member.document) && made[local[$0].event].matches(member.draft) }) {
                    made[local[hit].event].absorb(member.draft)
                    local[hit].documents.insert(member.document)
                    assignment[m] = local[hit].event
                } else {
                    made.append(member.draft)
                    local.append((made.count - 1, [member.document]))
                    assignment[m] = made.count - 1
                }
            }
            var used = Set<NodeID>()
            for (event, _) in local {
                let base = made[event].id
                var n = 2
                while !used.insert(made[event].id).inserted {
                    made[event].id = NodeID(base.rawValue + "·\(n)")
                    n += 1
                }
            }
        }
        // Merged events in id order (the order candidates are weighed in when resolving
        // what an event conveys).
        let order = made.indices.sorted { made[$0].id < made[$1].id }
        var position = [Int](repeating: 0, count: made.count)
        for (p, k) in order.enumerated() { position[k] = p }
        return (order.map { made[$0] }, assignment.map { position[$0] })
    }
}
