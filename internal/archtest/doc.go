// Package archtest holds the test that keeps imports pointing down: server → graph → internal/* → ent, with a
// named set of leaf packages below everything. It has no code of its own.
package archtest
