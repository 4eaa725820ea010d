package archtest

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// maxComplexity is the most decision points a function outside tests may
// have. Above it a function is doing several jobs or parsing flags by hand.
const maxComplexity = 15

// ruleTables may exceed it: each case of their switches is one rule of
// docs/risk-rules.md, and splitting them would part the code from the
// document it mirrors (rules_doc_test.go keeps the two in step).
var ruleTables = map[string]bool{
	"internal/risk/rules.go:modify": true,
	"internal/risk/rules.go:base":   true,
}

// pending are functions still over the limit, each to be split; the list may
// only shrink (the test fails when a listed function is back under it).
var pending = map[string]bool{}

func TestNoFunctionIsTooComplex(t *testing.T) {
	root := filepath.Join("..", "..")
	var over []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == ".git" || d.Name() == "testdata" || d.Name() == "out" || d.Name() == "bin") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		rel, _ := filepath.Rel(root, path)
		rel = filepath.ToSlash(rel)
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, src, 0)
		if err != nil {
			return err
		}
		for _, decl := range f.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok || fn.Body == nil {
				continue
			}
			key := rel + ":" + fn.Name.Name
			c := complexity(fn)
			switch {
			case c > maxComplexity && !ruleTables[key] && !pending[key]:
				over = append(over, fmt.Sprintf("%s has complexity %d (at most %d)", key, c, maxComplexity))
			case c <= maxComplexity && pending[key]:
				t.Errorf("%s is down to %d: take it off the pending list", key, c)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(over)
	for _, o := range over {
		t.Error(o)
	}
}

// complexity is McCabe's number as gocyclo counts it: one, plus one for
// each if, for, range, non-default case, select case, && and ||.
func complexity(fn *ast.FuncDecl) int {
	c := 1
	ast.Inspect(fn.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.IfStmt, *ast.ForStmt, *ast.RangeStmt:
			c++
		case *ast.CaseClause:
			if n.List != nil {
				c++
			}
		case *ast.CommClause:
			if n.Comm != nil {
				c++
			}
		case *ast.BinaryExpr:
			if n.Op == token.LAND || n.Op == token.LOR {
				c++
			}
		}
		return true
	})
	return c
}

// The counter agrees with gocyclo on a function whose number is known.
func TestComplexityCounts(t *testing.T) {
	const src = `package p
func f(a, b bool, xs []int) int {
	if a && b { return 1 }
	for _, x := range xs {
		switch x {
		case 1, 2:
		case 3:
		default:
		}
	}
	for i := 0; i < 3 || a; i++ {}
	return 0
}`
	f, err := parser.ParseFile(token.NewFileSet(), "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	// 1 + if + && + range + 2 cases + for + || = 8
	if c := complexity(f.Decls[0].(*ast.FuncDecl)); c != 8 {
		t.Fatalf("complexity %d, want 8", c)
	}
}
