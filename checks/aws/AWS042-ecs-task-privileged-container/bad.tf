resource "aws_ecs_task_definition" "builder" {
  family = "builder"
  container_definitions = jsonencode([
    {
      name       = "dind"
      image      = "docker:27-dind"
      essential  = true
      privileged = true # expect: AWS042
    }
  ])
}
