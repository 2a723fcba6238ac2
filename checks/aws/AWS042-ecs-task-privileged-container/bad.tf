resource "aws_ecs_task_definition" "builder" {
  family = "builder"
  container_definitions = jsonencode([ # expect: AWS042
    {
      name       = "dind"
      image      = "docker:27-dind"
      essential  = true
      privileged = true
    }
  ])
}
