import type { ProjectDashboardMessages } from './projectDashboard.de.ts';

const projectDashboardEn: ProjectDashboardMessages = {
  projectDashboard: {
    title: 'Project overview',
    intro:
      'Where the digitalisation projects of your municipalities and partnerships stand. The overview updates as soon as someone changes a project.',
    registerLink: 'Go to the projects',
    reportLink: 'Go to the annual report',
    filterHeading: 'Narrow the overview',
    total:
      'No projects in this selection. | One project in this selection. | {count} projects in this selection.',
    empty: 'There are no projects you may see for this selection.',
    updated: 'Overview updated at {time}.',
    light: {
      IDEA: 'red',
      IN_PROGRESS: 'yellow',
      DONE: 'green',
    },
    statusWithLight: '{status} (traffic light {light})',
    chart: {
      count: 'Number',
      share: 'Share',
      sum: 'Total',
      summary: '{title}: {parts}.',
      part: '{label} {count}',
      loadFailed: 'The chart could not be loaded; the table shows the same figures.',
    },
    byStatus: {
      heading: 'Projects by status',
      caption: 'Number of projects per status',
      column: 'Status',
    },
    byTopic: {
      heading: 'Projects by topic',
      caption: 'Number of projects per topic',
      column: 'Topic',
    },
    milestones: {
      heading: 'Upcoming milestones',
      caption: 'Open milestones, the next one first',
      milestone: 'Milestone',
      project: 'Project',
      dueDate: 'Due on',
      empty: 'No milestones are coming up.',
    },
    overdueTasks: {
      heading: 'Overdue tasks',
      caption: 'Open tasks past their due date, the oldest first',
      task: 'Task',
      project: 'Project',
      assignee: 'Assignee',
      assigneeOf: '{name} ({city})',
      more: 'Showing the {shown} longest overdue of {total} tasks.',
      unassigned: 'nobody assigned',
      dueDate: 'Due on',
      overdue: 'Overdue',
      daysOverdue: 'overdue since today | overdue for {count} day | overdue for {count} days',
      empty: 'No task is overdue.',
    },
    recent: {
      heading: 'Recently changed',
      caption: 'Recently changed projects, the latest first',
      project: 'Project',
      leadCity: 'Lead',
      status: 'Status',
      updatedAt: 'Changed on',
      empty: 'No projects have been changed yet.',
    },
  },
};

export default projectDashboardEn;
