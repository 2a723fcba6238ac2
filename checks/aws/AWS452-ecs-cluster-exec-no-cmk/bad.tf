resource "aws_ecs_cluster" "apps" { # expect: AWS452
  name = "apps"
  configuration {
    execute_command_configuration {
      logging = "OVERRIDE"
      log_configuration {
        cloud_watch_log_group_name = "/ecs/exec"
      }
    }
  }
}
