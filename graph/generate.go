package graph

// gqlgen resolves the paths of gqlgen.yml from the working directory, so it runs from the module root.
//go:generate sh -c "cd .. && go tool gqlgen generate"
