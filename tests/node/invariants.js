// The checks every document must pass, whatever the input (issue 8's invariants).
'use strict';

// Returns a list of problems; empty when the document is well formed.
function documentProblems(doc) {
  const problems = [];
  if (doc.error) return [`error document: ${doc.error}`];
  if (doc.version !== 1) problems.push(`version ${doc.version}`);
  if (typeof doc.text !== 'string') return problems.concat('text is not a string');
  const { text } = doc;
  let previousEnd = 0;
  for (const b of doc.blocks) {
    if (!(b.start >= previousEnd && b.start < b.end && b.end <= text.length)) {
      problems.push(`block ${b.kind} ${b.start}..${b.end} out of order or outside text`);
    }
    if (text.slice(b.start, b.end).trim() !== text.slice(b.start, b.end)) problems.push(`block ${b.start} has edge spaces`);
    previousEnd = b.end;
  }
  const ids = new Set(doc.annotations.map((a) => a.id));
  for (const a of doc.annotations) {
    if (!(a.start >= 0 && a.start < a.end && a.end <= text.length)) problems.push(`annotation ${a.id} bad offsets`);
    else if (text.slice(a.start, a.end) !== a.text) problems.push(`annotation ${a.id} text differs from slice`);
    if (!['company', 'amount', 'claim'].includes(a.type)) problems.push(`annotation ${a.id} type ${a.type}`);
    if (a.equivalent_of && !ids.has(a.equivalent_of)) problems.push(`annotation ${a.id} equivalent_of unknown`);
    for (const key of ['source', 'cue']) {
      const s = a[key];
      if (s && text.slice(s.start, s.end) !== s.text) problems.push(`annotation ${a.id} ${key} text differs from slice`);
    }
  }
  return problems;
}

module.exports = { documentProblems };
