variable "db_password" {
  type      = string
  sensitive = true
}

resource "random_password" "db" {
  length = 24
}

resource "aws_db_instance" "generated" {
  engine         = "postgres"
  instance_class = "db.t3.micro"
  username       = "app"
  password       = random_password.db.result
}

resource "aws_db_instance" "from_variable" {
  engine         = "postgres"
  instance_class = "db.t3.micro"
  username       = "app"
  password       = var.db_password
}

data "aws_secretsmanager_secret_version" "token" {
  secret_id = "ci/token"
}

resource "aws_db_instance" "from_store" {
  engine         = "postgres"
  instance_class = "db.t3.micro"
  username       = "app"
  password       = data.aws_secretsmanager_secret_version.token.secret_string
}

resource "aws_db_instance" "placeholders" {
  engine          = "postgres"
  instance_class  = "db.t3.micro"
  username        = "app"
  password        = "changeme"
  master_password = "<password>"
}

resource "aws_db_instance" "managed" {
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  username                    = "app"
  manage_master_user_password = true
}

resource "aws_ssm_parameter" "length" {
  name  = "/app/password_length"
  type  = "String"
  value = "24"
}

provider "aws" {
  alias      = "placeholder"
  region     = "eu-west-1"
  access_key = "REPLACE_ME"
  secret_key = ""
}
