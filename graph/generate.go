package graph

// gqlgen resolves the paths of gqlgen.yml from the working directory, so it runs from the module root. It runs
// as graph/gqlgen: gqlgen generate, with lists of plain objects marshalled without a goroutine per element.
//go:generate sh -c "cd .. && go run ./graph/gqlgen"
