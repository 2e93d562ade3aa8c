// Wrong: GET /users/{id} documents no 404: the handler's not-found answer is undocumented.
package userspec

// Spec returns the OpenAPI 3 document of the users API that Handler serves,
// in YAML (or JSON).
func Spec() string {
	return `
openapi: "3.0.3"
info:
  title: Users API
  version: "1.0"
paths:
  /users:
    get:
      operationId: listUsers
      summary: List the users, or those with a role
      parameters:
        - name: role
          in: query
          schema:
            $ref: "#/components/schemas/Role"
      responses:
        "200":
          description: The users, in the order they were created.
          content:
            application/json:
              schema:
                type: array
                items:
                  $ref: "#/components/schemas/User"
        "400":
          $ref: "#/components/responses/BadRequest"
    post:
      operationId: createUser
      summary: Create a user
      requestBody:
        required: true
        content:
          application/json:
            schema:
              $ref: "#/components/schemas/NewUser"
      responses:
        "201":
          description: The user as stored.
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/User"
        "400":
          $ref: "#/components/responses/BadRequest"
  /users/{id}:
    get:
      operationId: getUser
      summary: Get one user
      parameters:
        - name: id
          in: path
          required: true
          schema:
            type: integer
            format: int64
            minimum: 1
      responses:
        "200":
          description: The user.
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/User"
        "400":
          $ref: "#/components/responses/BadRequest"
components:
  schemas:
    Role:
      type: string
      enum: [admin, editor, viewer]
    NewUser:
      type: object
      required: [name, email]
      properties:
        name:
          type: string
          minLength: 1
          maxLength: 50
        email:
          type: string
          pattern: "@"
        roles:
          type: array
          items:
            $ref: "#/components/schemas/Role"
    User:
      type: object
      required: [id, name, email, roles]
      properties:
        id:
          type: integer
          format: int64
        name:
          type: string
        email:
          type: string
        roles:
          type: array
          items:
            $ref: "#/components/schemas/Role"
    Error:
      type: object
      required: [error]
      properties:
        error:
          type: string
  responses:
    BadRequest:
      description: The request breaks the rules of this document.
      content:
        application/json:
          schema:
            $ref: "#/components/schemas/Error"
`
}
