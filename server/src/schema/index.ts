import { builder } from './builder.ts';
import './errors.ts';
import './user.ts';
import './city.ts';
import './membership.ts';
import './partnership.ts';
import './processModel/index.ts';
import './notification.ts';
import './comparison.ts';
import './funding.ts';
import './fundingApplication.ts';
import './project.ts';
import './projectMutations.ts';
import './projectEvents.ts';
import './projectPortfolio.ts';
import './audit.ts';

export const schema = builder.toSchema({ sortSchema: true });
