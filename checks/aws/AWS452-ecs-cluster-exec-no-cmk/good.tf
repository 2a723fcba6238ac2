resource "aws_ecs_cluster" "apps" {
  name = "apps"
  configuration {
    execute_command_configuration {
      kms_key_id = aws_kms_key.exec.arn
      logging    = "DEFAULT"
    }
  }
}

resource "aws_ecs_cluster" "plain" {
  name = "plain"
}
