// Package adminui embeds the built admin SPA so the server is one binary.
package adminui

import "embed"

// Dist holds the output of `npm run build` (admin-ui/dist). In a fresh clone it
// holds only dist/.gitkeep: build the SPA before building the server.
//
//go:embed all:dist
var Dist embed.FS
