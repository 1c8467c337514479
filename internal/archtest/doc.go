// Package archtest holds checks on the repository as a whole; it has no code of its own.
package archtest
