// Package archtest holds checks on the repository as a whole: imports point down (server → internal/app →
// graph → internal/* → ent, with a named set of leaf packages below everything) and no comment cites a
// missing document. It has no code of its own.
package archtest
