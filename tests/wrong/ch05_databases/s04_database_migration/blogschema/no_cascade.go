// Wrong: foreign keys without ON DELETE CASCADE
package blogschema

import "testing/fstest"

// file makes one migration file of an fstest.MapFS.
func file(text string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(text)} }

// Migrations returns the blog's migration files, named the way
// golang-migrate reads them: VERSION_TITLE.up.sql and VERSION_TITLE.down.sql,
// at the root of the file system.
func Migrations() fstest.MapFS {
	return fstest.MapFS{
		"000001_create_authors_and_posts.up.sql": file(`
CREATE TABLE authors (
    id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL UNIQUE,
    name  text NOT NULL
);
CREATE TABLE posts (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    author_id bigint NOT NULL REFERENCES authors (id),
    title     text NOT NULL,
    body      text NOT NULL DEFAULT ''
);`),
		// posts refers to authors: drop it first.
		"000001_create_authors_and_posts.down.sql": file(`
DROP TABLE posts;
DROP TABLE authors;`),

		// A NOT NULL column needs a DEFAULT to be added to a table that
		// already has rows; PostgreSQL 11+ does it without rewriting the table.
		"000002_add_post_status.up.sql": file(`
ALTER TABLE posts ADD COLUMN status text NOT NULL DEFAULT 'draft'
    CONSTRAINT posts_status_check CHECK (status IN ('draft', 'published'));
CREATE INDEX posts_author_id_idx ON posts (author_id);`),
		// The index is on a column that stays: it must be dropped by name.
		"000002_add_post_status.down.sql": file(`
DROP INDEX posts_author_id_idx;
ALTER TABLE posts DROP COLUMN status;`),

		"000003_create_tags.up.sql": file(`
CREATE TABLE tags (
    id   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL UNIQUE
);
CREATE TABLE post_tags (
    post_id bigint NOT NULL REFERENCES posts (id),
    tag_id  bigint NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (post_id, tag_id)
);
CREATE INDEX post_tags_tag_id_idx ON post_tags (tag_id);`),
		"000003_create_tags.down.sql": file(`
DROP TABLE post_tags;
DROP TABLE tags;`),
	}
}
