//go:build ignore

// entc.go generates the ent client and the GraphQL schema (graph/ent.graphqls) from ent/schema.
package main

import (
	"log"

	"entgo.io/contrib/entgql"
	"entgo.io/ent/entc"
	"entgo.io/ent/entc/gen"

	"github.com/panicbutton/panicbutton/ent/schemadoc"
)

func main() {
	ex, err := entgql.NewExtension(
		entgql.WithSchemaGenerator(),
		entgql.WithWhereInputs(true),
		entgql.WithSchemaPath("../graph/ent.graphqls"),
		entgql.WithConfigPath("../gqlgen.yml"),
		// Describes what entgql leaves undescribed: types, ids, enum values, order fields, filters, inputs.
		entgql.WithSchemaHook(schemadoc.Hook),
	)
	if err != nil {
		log.Fatalf("creating entgql extension: %v", err)
	}
	err = entc.Generate("./schema", &gen.Config{
		Features: []gen.Feature{
			gen.FeatureLock, gen.FeatureVersionedMigration, gen.FeaturePrivacy, gen.FeatureEntQL,
			gen.FeatureGlobalID, gen.FeatureUpsert, gen.FeatureModifier, gen.FeatureIntercept, gen.FeatureExecQuery,
		},
	},
		entc.Extensions(ex),
		// After entgql's templates, so that it replaces their where inputs: edge filters obey the privacy of
		// the type they reach (template/where_input.tmpl).
		func(cfg *gen.Config) error {
			cfg.Templates = append(cfg.Templates, gen.MustParse(gen.NewTemplate("where_input").
				Funcs(entgql.TemplateFuncs).ParseFiles("template/where_input.tmpl")))
			return nil
		},
	)
	if err != nil {
		log.Fatalf("running ent codegen: %v", err)
	}
}
