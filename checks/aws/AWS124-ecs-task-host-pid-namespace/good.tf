resource "aws_ecs_task_definition" "app" {
  family   = "app"
  pid_mode = "task"
  container_definitions = jsonencode([
    {
      name                   = "app"
      image                  = "public.ecr.aws/example/app:2.0.1"
      essential              = true
      readonlyRootFilesystem = true
    }
  ])
}
