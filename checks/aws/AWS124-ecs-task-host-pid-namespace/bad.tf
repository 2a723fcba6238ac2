resource "aws_ecs_task_definition" "agent" {
  family   = "agent"
  pid_mode = "host" # expect: AWS124
  container_definitions = jsonencode([
    {
      name                   = "agent"
      image                  = "public.ecr.aws/example/agent:1.4.2"
      essential              = true
      readonlyRootFilesystem = true
    }
  ])
}
