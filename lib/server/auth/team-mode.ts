import "server-only";
import { isTeamMode } from "@/lib/core/team/team-mode";

/** Team mode for this process: DUIZHAO_TEAM=1, or a non-loopback listen address (scripts/serve-common.mjs sets DUIZHAO_LISTEN_HOST). */
export const TEAM_MODE = isTeamMode({ flag: process.env.DUIZHAO_TEAM, listenHost: process.env.DUIZHAO_LISTEN_HOST });
