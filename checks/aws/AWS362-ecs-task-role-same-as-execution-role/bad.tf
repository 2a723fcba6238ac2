resource "aws_ecs_task_definition" "api" {
  family                   = "api"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 256
  memory                   = 512
  execution_role_arn       = aws_iam_role.api.arn
  task_role_arn            = aws_iam_role.api.arn # expect: AWS362
  container_definitions    = jsonencode([{ name = "api", image = "example/api:1.4.2", essential = true }])
}

resource "aws_ecs_task_definition" "worker" {
  family                = "worker"
  execution_role_arn    = "arn:aws:iam::123456789012:role/worker"
  task_role_arn         = "arn:aws:iam::123456789012:role/worker" # expect: AWS362
  container_definitions = jsonencode([{ name = "worker", image = "example/worker:2.0.1", essential = true }])
}
