import './types.ts';
import './queries.ts';
import './mutations.ts';
import './diff.ts';
import './metadata.ts';
import './comments.ts';
import './reviews.ts';
import './adoption.ts';
