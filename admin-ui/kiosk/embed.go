// Package kiosk embeds the built kiosk pages served at /kiosk/.
package kiosk

import "embed"

// Dist holds the output of `npm run build` (admin-ui/kiosk/dist). In a fresh
// clone it holds only dist/.gitkeep: build the kiosk before building the server.
//
//go:embed all:dist
var Dist embed.FS
