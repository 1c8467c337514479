// Package ent is the generated data layer of Panic Button; the hand-written part is ./schema.
package ent

//go:generate go run -mod=mod entc.go
