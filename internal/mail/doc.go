// Package mail renders the admin-edited [[[VARIABLE]]] templates into emails and delivers them
// through a Provider: SendGrid in production, .eml files in a folder by default.
package mail
