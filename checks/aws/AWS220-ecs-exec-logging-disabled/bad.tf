resource "aws_ecs_cluster" "main" {
  name = "main"
  configuration {
    execute_command_configuration {
      logging = "NONE" # expect: AWS220
    }
  }
}
