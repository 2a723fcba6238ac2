variable "task_role_arn" {
  type = string
}

resource "aws_ecs_task_definition" "api" {
  family                = "api"
  execution_role_arn    = aws_iam_role.api_execution.arn
  task_role_arn         = aws_iam_role.api.arn
  container_definitions = jsonencode([{ name = "api", image = "example/api:1.4.2", essential = true }])
}

# Unknown: the task role comes from a variable without a value.
resource "aws_ecs_task_definition" "worker" {
  family                = "worker"
  execution_role_arn    = "arn:aws:iam::123456789012:role/worker-execution"
  task_role_arn         = var.task_role_arn
  container_definitions = jsonencode([{ name = "worker", image = "example/worker:2.0.1", essential = true }])
}
